x not in [1, 2]
x not in 1..10
a not in b and c not in d
x not in list == true
when_fun = fn x when x not in [nil, false] -> x end
