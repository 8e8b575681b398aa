~x
