a = 1
b = """
one
two
three
"""
c = 3
d = "multi
line
string"
e = 5
f = ~s"""
sigil
heredoc
"""
g = 7
# comment
# comment
h = 10
i = "interp #{
  x
} done"
j = 14
k = [
  1,
  2
]
l = 19
m = foo(
  1
)
n = 23
o = 'char
list'
p = 26
q = """
#{a}
#{b}
"""
r = 31
