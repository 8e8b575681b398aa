<<a::8, b::binary-size(4), c::utf8>>
<<x::size(8)>>
<<x::8-unit(2)>>
<<x::integer>>
<<x::integer-size(16)>>
<<x::integer-signed-little-size(32)>>
<<x::unsigned-big-integer-size(8)>>
<<x::float>>
<<x::float-32>>
<<x::float-64-native>>
<<x::binary>>
<<x::bytes>>
<<x::bits>>
<<x::bitstring>>
<<x::utf8, y::utf16, z::utf32>>
<<x::utf16-little>>
<<x::size(n)-unit(8)>>
<<x::16*4>>
<<x::size(len)-binary>>
<<x::binary-size(byte_size(y))>>
<<x::1, y::7>>
<<rest::binary>>
<<x::_>>
