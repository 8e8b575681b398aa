defmodule BaseTest do
  use ExUnit.Case, async: true

  describe "encode16/2, decode16/2, encode64/2, decode64/2, url_encode64/2, encode32/2, decode32/2, hex32" do
    test "cases" do
      assert Base.encode16("foo") == "666F6F"
      assert Base.encode16("foo", case: :lower) == "666f6f"
      assert Base.encode16("") == ""
      assert Base.decode16("666F6F") == {:ok, "foo"}
      assert Base.decode16("666f6f") == :error
      assert Base.decode16("666f6f", case: :mixed) == {:ok, "foo"}
      assert Base.decode16("666F6F", case: :lower) == :error
      assert Base.decode16("6") == :error
      assert Base.decode16("zz") == :error
      assert Base.decode16!("666F6F") == "foo"

      assert_raise ArgumentError,
                   "string given to decode has wrong length. An even number of bytes was expected, got: 1. Double check your string for unwanted characters or pad it accordingly",
                   fn -> Base.decode16!("6") end

      assert_raise ArgumentError, "non-alphabet character found: \"z\" (byte 122)", fn ->
        Base.decode16!("zz")
      end

      assert Base.encode64("foobar") == "Zm9vYmFy"
      assert Base.encode64("fo") == "Zm8="
      assert Base.encode64("fo", padding: false) == "Zm8"
      assert Base.encode64(<<255, 254>>) == "//4="
      assert Base.decode64("Zm9vYmFy") == {:ok, "foobar"}
      assert Base.decode64("Zm8=") == {:ok, "fo"}
      assert Base.decode64("Zm8") == :error
      assert Base.decode64("Zm8", padding: false) == {:ok, "fo"}
      assert Base.decode64("Zm8*") == :error
      assert Base.decode64!("Zm8=") == "fo"

      assert_raise ArgumentError, "non-alphabet character found: \"*\" (byte 42)", fn ->
        Base.decode64!("Zm8*")
      end

      assert Base.decode64("Zm9v\nYmFy", ignore: :whitespace) == {:ok, "foobar"}
      assert Base.url_encode64(<<255, 254, 253>>) == "__79"
      assert Base.url_encode64(<<255, 254>>, padding: false) == "__4"
      assert Base.url_decode64("__79") == {:ok, <<255, 254, 253>>}
      assert Base.url_decode64("__79", padding: false) == {:ok, <<255, 254, 253>>}
      assert Base.encode32("foobar") == "MZXW6YTBOI======"
      assert Base.encode32("foo", case: :lower) == "mzxw6==="
      assert Base.encode32("f", padding: false) == "MY"
      assert Base.decode32("MZXW6===") == {:ok, "foo"}
      assert Base.decode32("mzxw6===", case: :lower) == {:ok, "foo"}
      assert Base.decode32("MZXW6", padding: false) == {:ok, "foo"}
      assert Base.decode32("1") == :error
      assert Base.decode32!("MZXW6YQ=") == "foob"
      assert Base.hex_encode32("foobar") == "CPNMUOJ1E8======"
      assert Base.hex_decode32("CPNMUOJ1") == {:ok, "fooba"}
      assert Base.hex_decode32!("CPNMU===") == "foo"
      assert Base.encode16(<<1, 2, 3>>) |> Base.decode16!() == <<1, 2, 3>>
    end
  end
end
