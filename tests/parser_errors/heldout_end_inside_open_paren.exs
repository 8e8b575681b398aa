# `end` while a parenthesis is still open: `end` is named as a reserved word.
def f do
  foo(1,
end
