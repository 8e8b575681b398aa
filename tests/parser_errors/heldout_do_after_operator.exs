# A do-block after an operator expression has no call to attach to.
test* "name" do
  :ok
end
