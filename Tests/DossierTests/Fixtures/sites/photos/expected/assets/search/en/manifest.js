DossierSearch.register("manifest",{"format":1,"documents":2,"names":["dana"],"text":["500"],"docs":[0],"common_names":[],"common_words":[]});
