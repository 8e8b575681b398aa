# A keyword key needs something after its colon: at the very end of input the colon is a stray token.
opts = [key: