in(1)
