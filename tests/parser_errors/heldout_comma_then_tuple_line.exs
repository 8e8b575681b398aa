# A tuple that starts right after a trailing comma on the line before.
def f(args) do
    args,
  {
    1
  }
end
