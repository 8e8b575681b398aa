# Kernel's inlined functions called through apply/3 and captures, including those that need the process.
IO.inspect((try do apply(Kernel, :exit, [:x]) catch :exit, r -> r end))
IO.inspect((try do apply(Kernel, :throw, [:y]) catch :throw, r -> {:throw, r} end))
f = &Kernel.exit/1
IO.inspect((try do f.(:z) catch :exit, r -> r end))
IO.inspect(apply(Kernel, :self, []) == self())
IO.inspect(apply(Kernel, :length, [[1,2]]))
IO.inspect(Enum.map([[1], [1, 2]], &Kernel.length/1))
IO.inspect(apply(Kernel, :send, [self(), :hi]))
receive do m -> IO.inspect(m) end
