Über = 1
