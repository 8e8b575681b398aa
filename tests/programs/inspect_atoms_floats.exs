# Atom quoting rules and float formatting in inspect.
atoms = [:a, :A, :_a, :a1, :"1a", :a?, :a!, :"a?b", :"a-b", :"a b", :ok, :"", :"é", :"Ünïcode",
         :+, :-, :*, :/, :==, :!==, :<>, :++, :"::", :|>, :.., :..., :&, :@, :"[]", :"{}", :"%{}", :%, :<<>>,
         :Elixir, :"Elixir.Module", :elixir, :nil, :true, :in, :when, :fn, :do, :end, :and]
IO.inspect(atoms)

floats = [0.0, -0.0, 1.0, 10.0, 1.0e21, 1.0e-7, 123.456, 9.999999999999999e22, 2.5e-8, 1.7976931348623157e308,
          4.9e-324, 100000.0, 1234567.0, 0.1 * 3, 1.0e15 + 0.3]
IO.inspect(floats)
Enum.each([1.0e3, 1.0e16, 1.0e17, 0.001, 0.0001], fn f -> IO.puts(Float.to_string(f)) end)
IO.puts(:erlang.float_to_binary(3.14159, decimals: 2))
IO.puts(:erlang.float_to_binary(1.0, [:short]))
IO.inspect(Float.round(2.675, 2))
IO.inspect(1 / 7)
