DossierSearch.register("manifest",{"format":1,"documents":8,"names":["aid"],"text":["01"],"docs":[0],"common_names":[],"common_words":[]});
