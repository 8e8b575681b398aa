defmodule URITest do
  use ExUnit.Case, async: true

  describe "parse/1, new/1, to_string/1, merge/2, encode/decode, query" do
    test "cases" do
      assert URI.parse("https://user:pw@example.com:8080/p/a?q=1&r=2#frag") == %URI{
               scheme: "https",
               authority: "user:pw@example.com:8080",
               userinfo: "user:pw",
               host: "example.com",
               port: 8080,
               path: "/p/a",
               query: "q=1&r=2",
               fragment: "frag"
             }

      assert URI.parse("http://example.com") == %URI{
               scheme: "http",
               authority: "example.com",
               userinfo: nil,
               host: "example.com",
               port: 80,
               path: nil,
               query: nil,
               fragment: nil
             }

      assert URI.parse("/just/a/path?x") == %URI{
               scheme: nil,
               userinfo: nil,
               host: nil,
               port: nil,
               path: "/just/a/path",
               query: "x",
               fragment: nil
             }

      assert URI.parse("mailto:a@b.c") == %URI{
               scheme: "mailto",
               userinfo: nil,
               host: nil,
               port: nil,
               path: "a@b.c",
               query: nil,
               fragment: nil
             }

      assert URI.parse("") == %URI{
               scheme: nil,
               userinfo: nil,
               host: nil,
               port: nil,
               path: nil,
               query: nil,
               fragment: nil
             }

      assert URI.parse("//host") == %URI{
               scheme: nil,
               authority: "host",
               userinfo: nil,
               host: "host",
               port: nil,
               path: nil,
               query: nil,
               fragment: nil
             }

      assert URI.parse("http://[::1]:4000/") == %URI{
               scheme: "http",
               authority: "[::1]:4000",
               userinfo: nil,
               host: "::1",
               port: 4000,
               path: "/",
               query: nil,
               fragment: nil
             }

      assert URI.parse("ftp://h/") |> Map.get(:port) == 21
      assert URI.parse("https://h") |> Map.get(:port) == 443

      assert URI.new("https://example.com") ==
               {:ok,
                %URI{
                  scheme: "https",
                  userinfo: nil,
                  host: "example.com",
                  port: 443,
                  path: nil,
                  query: nil,
                  fragment: nil
                }}

      assert URI.new("https://exa mple.com") == {:error, ":"}

      assert_raise URI.Error, "cannot parse due to reason invalid_uri: \":\"", fn ->
        URI.new!("https://exa mple.com")
      end

      assert URI.new("/path") ==
               {:ok,
                %URI{
                  scheme: nil,
                  userinfo: nil,
                  host: nil,
                  port: nil,
                  path: "/path",
                  query: nil,
                  fragment: nil
                }}

      assert URI.to_string(URI.parse("https://example.com:443/a?b#c")) ==
               "https://example.com/a?b#c"

      assert URI.to_string(URI.parse("http://example.com:8080")) == "http://example.com:8080"

      assert URI.to_string(%URI{scheme: "http", host: "h", path: "/p", query: "a=1"}) ==
               "http://h/p?a=1"

      assert to_string(URI.parse("foo://bar/baz")) == "foo://bar/baz"

      assert URI.merge("http://a/b/c/d", "../x") == %URI{
               scheme: "http",
               authority: "a",
               userinfo: nil,
               host: "a",
               port: 80,
               path: "/b/x",
               query: nil,
               fragment: nil
             }

      assert URI.merge("http://a/b/c/d", "/x") == %URI{
               scheme: "http",
               authority: "a",
               userinfo: nil,
               host: "a",
               port: 80,
               path: "/x",
               query: nil,
               fragment: nil
             }

      assert URI.merge("http://a/b/c/d", "http://z/") == %URI{
               scheme: "http",
               authority: "z",
               userinfo: nil,
               host: "z",
               port: 80,
               path: "/",
               query: nil,
               fragment: nil
             }

      assert URI.merge("http://a/b", "?q") == %URI{
               scheme: "http",
               authority: "a",
               userinfo: nil,
               host: "a",
               port: 80,
               path: "/b",
               query: "q",
               fragment: nil
             }

      assert URI.merge("http://a/b/", "g;x?y#s") == %URI{
               scheme: "http",
               authority: "a",
               userinfo: nil,
               host: "a",
               port: 80,
               path: "/b/g;x",
               query: "y",
               fragment: "s"
             }

      assert_raise ArgumentError, "you must merge onto an absolute URI", fn ->
        URI.merge("relative", "x")
      end

      assert URI.encode("a b/c?d=é") == "a%20b/c?d=%C3%A9"
      assert URI.encode("a b", &URI.char_unreserved?/1) == "a%20b"
      assert URI.encode_www_form("a b&c=é") == "a+b%26c%3D%C3%A9"
      assert URI.decode("a%20b%C3%A9") == "a bé"
      assert URI.decode("%zz") == "%zz"
      assert URI.decode("100%") == "100%"
      assert URI.decode_www_form("a+b%21") == "a b!"
      assert URI.encode_query(%{"a" => "1 2", "b" => "x"}) == "a=1+2&b=x"
      assert URI.encode_query(a: 1, b: "é") == "a=1&b=%C3%A9"
      assert URI.encode_query([a: 1], :rfc3986) == "a=1"

      assert_raise ArgumentError, "encode_query/2 values cannot be lists, got: [1]", fn ->
        URI.encode_query([{"a", [1]}])
      end

      assert URI.decode_query("a=1&b=2&a=3") == %{"a" => "3", "b" => "2"}

      assert URI.decode_query("a=1+2&b=%20", %{"x" => "y"}) == %{
               "a" => "1 2",
               "b" => " ",
               "x" => "y"
             }

      assert URI.decode_query("") == %{}
      assert URI.decode_query("a") == %{"a" => ""}
      assert URI.decode_query("a=1", %{}, :rfc3986) == %{"a" => "1"}
      assert URI.query_decoder("a=1&b") |> Enum.to_list() == [{"a", "1"}, {"b", ""}]
      assert URI.char_reserved?(?/)
      assert URI.char_unreserved?(?~)
      assert URI.char_unescaped?(?a)
      assert URI.default_port("http") == 80
      assert URI.default_port("nope") == nil

      assert URI.append_query(URI.parse("http://h/?a=1"), "b=2") == %URI{
               scheme: "http",
               authority: "h",
               userinfo: nil,
               host: "h",
               port: 80,
               path: "/",
               query: "a=1&b=2",
               fragment: nil
             }

      assert inspect(URI.parse("http://h")) ==
               "%URI{scheme: \"http\", authority: \"h\", userinfo: nil, host: \"h\", port: 80, path: nil, query: nil, fragment: nil}"

      assert URI.default_port("vialtest") == nil

      assert (
               URI.default_port("vialtest2", 9000)
               URI.default_port("vialtest2")
             ) == 9000

      assert (
               URI.default_port("vialtest3", 9001)
               URI.parse("vialtest3://host").port
             ) == 9001
    end
  end
end
