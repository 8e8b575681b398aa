<< <<1, 2>>::binary, 3>>
<<"a"::binary, "b"::binary>>
<<x::binary-size(2), <<y>>::binary>>
<<(<<1>>)::binary>>
<<a::8>> <> <<b::8>>
<<"#{x}", y>>
<<byte_size(x)::32, x::binary>>
<<-1::signed-8>>
<<1.5::float-32>>
