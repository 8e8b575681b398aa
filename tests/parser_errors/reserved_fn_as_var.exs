fn = 1
