# `&` right before `end`: `end` is named as a reserved word that cannot be used this way.
def f do
  x = 1
  &end
