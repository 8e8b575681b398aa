# Binary patterns: bytes, sizes and the rest of the binary.
<<a, b, rest::binary>> = <<1, 2, 3, 4, 5>>
IO.inspect({a, b, rest})
<<x::16, y::16>> = <<0, 1, 1, 0>>
IO.inspect({x, y})
<<len::8, payload::binary-size(len), trailer::binary>> = <<3, "abcdef">>
IO.inspect({len, payload, trailer})
<<tag::binary-size(2), _::binary>> = "GET /index"
IO.inspect(tag)
"GET " <> path = "GET /index"
IO.inspect(path)

parse_ip = fn <<a, b, c, d>> -> Enum.join([a, b, c, d], ".") end
IO.puts(parse_ip.(<<192, 168, 0, 1>>))

decode = fn
  <<0, value::32>> -> {:int, value}
  <<1, size::8, str::binary-size(size)>> -> {:string, str}
  <<2, f::float-64>> -> {:float, f}
  other -> {:unknown, other}
end

IO.inspect(decode.(<<0, 0, 0, 1, 0>>))
IO.inspect(decode.(<<1, 3, "abc">>))
IO.inspect(decode.(<<2, 1.5::float>>))
IO.inspect(decode.(<<9>>))

<<header::bytes-size(4), body::bytes>> = "HEADbody"
IO.inspect({header, body})
<<c::utf8, rest2::binary>> = "été"
IO.inspect({c, rest2})
<<_::binary-size(3), last::binary>> = "abcdef"
IO.inspect(last)
