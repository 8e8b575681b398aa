"line one
line two"
"
starts with newline"
"ends with newline
"
"  indented
    more
  back"
x = "a
b #{c}
d"
