<<a::8, rest::binary>> = bin
<<len::8, data::binary-size(len), tail::binary>> = packet
<<"GET ", path::binary>> = request
<<c::utf8, _::binary>> = str
<<r::8, g::8, b::8>> = <<255, 128, 0>>
<<sign::1, exp::11, mantissa::52>> = <<1.5::float>>
def parse(<<type::8, payload::binary>>), do: {type, payload}
for <<c <- "abc">>, do: c
for <<r::8, g::8, b::8 <- pixels>>, do: {r, g, b}
<<^prefix::binary-size(2), rest::binary>> = bin
