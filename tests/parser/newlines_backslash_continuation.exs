x = 1 + \
  2
y = foo \
  bar
z = [1, \
 2]
w = a \
|> b
