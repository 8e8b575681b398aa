a + # plus
  b
a # then pipe
|> f()
case x do # after do
  # before clause
  1 -> :one # after clause
  # between clauses
  _ -> :other
  # before end
end
def f do # c
  :ok
end # after end
