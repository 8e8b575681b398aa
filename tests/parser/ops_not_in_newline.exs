x not in
[1, 2]
y
not in list
z not in
  a ++
  b
