# Section 3.1.7: binary patterns take bytes, bit fields and string prefixes apart.
<<b1, b2, b3>> = <<1, 2, 3>>
IO.inspect({b1, b2, b3})

<<first, rest::binary>> = <<10, 20, 30>>
IO.inspect({first, rest})

<<high::4, low::4>> = <<0xA7>>
IO.inspect({high, low})

<<size::8, body::binary-size(size), trailer::binary>> = <<5, "hello", "extra">>
IO.inspect({size, body, trailer})

"Content-Type: " <> value = "Content-Type: text/plain"
IO.inspect(value)

<<c1::utf8, c2::utf8>> = "ďž"
IO.inspect({c1, c2})
