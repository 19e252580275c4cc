DossierSearch.register("manifest",{"format":1,"documents":10,"names":["ales","imprisoned","nurtazin"],"text":["02","price"],"docs":[0,4,7],"common_names":[],"common_words":[]});
