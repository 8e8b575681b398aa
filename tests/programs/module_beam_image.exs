# defmodule and Code.compile_string return the module's code as a binary laid out as a BEAM file:
# an IFF form ("FOR1", its size, "BEAM") whose first chunk is the atom table, led by the module's name.
{:module, Geometry, bin, {:area, 2}} =
  defmodule Geometry do
    def area(a, b), do: a * b
  end

IO.inspect(binary_part(bin, 0, 4))
IO.inspect(binary_part(bin, 8, 8))
<<"FOR1", size::32, "BEAM", rest::binary>> = bin
IO.inspect(size == byte_size(bin) - 8)
<<"AtU8", _chunk::32, _count::32, len, name::binary-size(len), _::binary>> = rest
IO.inspect({len, name})
[{Shapes, code}] = Code.compile_string("defmodule Shapes do\n def circle(r), do: 3.14 * r * r\nend")
IO.inspect(binary_part(code, 0, 4))
IO.inspect(is_binary(code) and byte_size(code) > 20)
