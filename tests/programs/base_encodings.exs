# Base 16, 32 and 64 encodings and their errors.
IO.inspect(Base.encode16("hello"))
IO.inspect(Base.encode16("hello", case: :lower))
IO.inspect(Base.decode16("68656C6C6F"))
IO.inspect(Base.decode16("68656c6c6f"))
IO.inspect(Base.decode16("68656c6c6f", case: :lower))
IO.inspect(Base.decode16("68656c6C6F", case: :mixed))
IO.inspect(Base.decode16("123"))
IO.inspect(Base.decode16!("FF00"))
for s <- ["", "f", "fo", "foo", "foob", "fooba", "foobar"] do
  IO.inspect({s, Base.encode64(s), Base.encode64(s, padding: false), Base.encode32(s), Base.hex_encode32(s)})
end
IO.inspect(Base.decode64("Zm9vYmE="))
IO.inspect(Base.decode64("Zm9vYmE"))
IO.inspect(Base.decode64("Zm9vYmE", padding: false))
IO.inspect(Base.decode64("Zm9v!mE="))
IO.inspect(Base.url_encode64(<<255, 254, 253>>))
IO.inspect(Base.encode64(<<255, 254, 253>>))
IO.inspect(Base.url_decode64("__79"))
IO.inspect(Base.decode32("MZXW6YTBOI======"))
IO.inspect(Base.decode32("mzxw6ytboi======", case: :lower))
IO.inspect(Base.decode32("MZXW6YTBOI", padding: false))
IO.inspect(Base.hex_decode32("CPNMUOJ1E8======"))
IO.inspect(Base.encode32("foobar", case: :lower, padding: false))
IO.inspect(Base.decode64("Zm9v YmFy", ignore: :whitespace))
bytes = :binary.list_to_bin(Enum.to_list(0..255))
IO.inspect(Base.decode64!(Base.encode64(bytes)) == bytes)
IO.inspect(Base.decode32!(Base.encode32(bytes)) == bytes)
IO.inspect(Base.decode16!(Base.encode16(bytes)) == bytes)
for bad <- [fn -> Base.decode16!("zz") end, fn -> Base.decode16!("abc") end, fn -> Base.decode64!("a") end,
            fn -> Base.decode64!("a$==") end, fn -> Base.decode32!("MFRGG") end] do
  try do
    bad.()
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
