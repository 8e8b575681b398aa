IO.inspect ~w(a b c)a
IO.inspect ~w(a b c)c
IO.inspect ~w[x y]s
IO.inspect ~s(with "quotes" and #{1 + 1})
IO.inspect ~S(no #{interp} \n here)
IO.inspect ~c(charlist #{:x})
IO.inspect ~C(raw \n)
IO.inspect "\x41\u00e9\u{1F600}"
IO.inspect "tab:\t|bell:\a|nul:\0|"
s = """
    indented
      more
    back
    """
IO.inspect s
IO.write ~S"""
raw heredoc \t #{x}
"""
<<a::16, b::little-16, c::signed-8>> = <<1, 2, 3, 4, 255>>
IO.inspect {a, b, c}
<<f::float-32, g::float>> = <<1.5::float-32, 2.25::float>>
IO.inspect {f, g}
<<len::8, payload::binary-size(len), rest::binary>> = <<3, "abcdef">>
IO.inspect {len, payload, rest}
<<x::utf8, tail::binary>> = "éa"
IO.inspect {x, tail}
IO.inspect <<1::1, 0::1, 1::1>>
IO.inspect <<5::size(3), 2::4>>
IO.inspect bit_size(<<1::5>>)
IO.inspect <<-1::16>>
IO.inspect <<-1::signed-16>> |> then(fn <<v::signed-16>> -> v end)
IO.inspect <<256::8>>
IO.inspect <<1.0::32>> |> byte_size() |> then(fn _ -> <<1.0::float-32>> end)
IO.inspect <<"abc"::binary, ?d, "é"::utf8>>
IO.inspect for <<b::1 <- <<0b10110000>> >>, do: b
<<h::binary-2, _::binary>> = "hello"
IO.inspect h
IO.inspect :binary.bin_to_list("abc")
IO.inspect :binary.part("hello", 1, 3)
IO.inspect :binary.split("a,b,c", ",", [:global])
IO.inspect :binary.match("hello", "ll")
IO.inspect :binary.matches("abab", "ab")
IO.inspect :binary.replace("aXbX", "X", "-", [:global])
IO.inspect :binary.copy("ab", 3)
IO.inspect :binary.first("abc")
IO.inspect :binary.last("abc")
IO.inspect :binary.decode_unsigned(<<1, 0>>)
IO.inspect :binary.encode_unsigned(256)
IO.inspect Base.encode16("hi") 
IO.inspect Base.encode64("hello world")
IO.inspect Base.decode64!("aGVsbG8=")
IO.inspect Base.url_encode64(<<255, 254>>)
IO.inspect String.to_charlist("a") ++ 'b'
IO.inspect ?A..?E |> Enum.to_list() |> List.to_string()
IO.inspect <<0::size(0)>>
IO.inspect byte_size(<<1::4, 2::4, 3::8>>)
IO.inspect is_bitstring(<<1::3>>) and not is_binary(<<1::3>>)
IO.inspect <<1.5>>
IO.inspect <<1.5::32>>
IO.inspect <<1.5::little-32>>
x = 2.5
IO.inspect <<x::float>>
<<1.5::32, y::float>> = <<1.5::float-32, 2.0::float>>
IO.inspect y
case <<2.5::float>> do
  <<2.5>> -> IO.puts "matched"
end
