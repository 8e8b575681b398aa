defmodule URI do
  @moduledoc """
  Uniform resource identifiers (RFC 3986): parsing one into its parts,
  building one back, merging a relative one onto a base, and the
  percent-encoding of paths and query strings.
  """

  @derive {Inspect, optional: [:authority]}
  defstruct [:scheme, :authority, :userinfo, :host, :port, :path, :query, :fragment]

  @type t :: %__MODULE__{
          scheme: nil | binary,
          authority: nil | binary,
          userinfo: nil | binary,
          host: nil | binary,
          port: nil | :inet.port_number(),
          path: nil | binary,
          query: nil | binary,
          fragment: nil | binary
        }

  @default_ports %{
    "ftp" => 21,
    "sftp" => 22,
    "tftp" => 69,
    "http" => 80,
    "https" => 443,
    "ldap" => 389,
    "ws" => 80,
    "wss" => 443
  }

  @doc "The default port of a scheme (`\"http\"` is 80), or `nil`."
  @spec default_port(binary) :: nil | non_neg_integer
  def default_port(scheme) when is_binary(scheme) do
    Application.get_env(:elixir, {:uri, scheme}) || Map.get(@default_ports, scheme)
  end

  @doc "Registers `port` as the default port of `scheme` (kept in `:elixir`'s environment)."
  @spec default_port(binary, non_neg_integer) :: :ok
  def default_port(scheme, port) when is_binary(scheme) and is_integer(port) and port >= 0,
    do: Application.put_env(:elixir, {:uri, scheme}, port)

  @doc "Whether the byte is reserved in a URI (`:/?#[]@!$&'()*+,;=`)."
  @spec char_reserved?(byte) :: boolean
  def char_reserved?(c) when is_integer(c), do: c in ':/?#[]@!$&\'()*+,;='

  @doc "Whether the byte is unreserved: a letter, a digit or one of `~_-.`."
  @spec char_unreserved?(byte) :: boolean
  def char_unreserved?(c) when is_integer(c) do
    c in ?0..?9 or c in ?a..?z or c in ?A..?Z or c in '~_-.'
  end

  @doc "Whether the byte may appear unescaped: reserved or unreserved."
  @spec char_unescaped?(byte) :: boolean
  def char_unescaped?(c) when is_integer(c), do: char_reserved?(c) or char_unreserved?(c)

  @doc "Percent-encodes the bytes of `string` for which `predicate` is false."
  @spec encode(binary, (byte -> as_boolean(term))) :: binary
  def encode(string, predicate \\ &char_unescaped?/1)
      when is_binary(string) and is_function(predicate, 1) do
    for <<byte <- string>>, into: "", do: percent(byte, predicate)
  end

  @doc "Encodes `string` as a form value: unreserved bytes stay, spaces become `+`."
  @spec encode_www_form(binary) :: binary
  def encode_www_form(string) when is_binary(string) do
    for <<byte <- string>>, into: "" do
      case byte do
        ?\s -> "+"
        _ -> percent(byte, &char_unreserved?/1)
      end
    end
  end

  defp percent(byte, predicate) do
    if predicate.(byte) do
      <<byte>>
    else
      "%" <> hex(div(byte, 16)) <> hex(rem(byte, 16))
    end
  end

  defp hex(n) when n < 10, do: <<?0 + n>>
  defp hex(n), do: <<?A + n - 10>>

  @doc "Decodes the `%XX` escapes of `uri`; a malformed escape stays as it is."
  @spec decode(binary) :: binary
  def decode(uri) when is_binary(uri), do: unpercent(uri, "", false)

  @doc "Decodes a form value: `+` is a space, then the `%XX` escapes."
  @spec decode_www_form(binary) :: binary
  def decode_www_form(string) when is_binary(string), do: unpercent(string, "", true)

  defp unpercent(<<?+, rest::binary>>, acc, true), do: unpercent(rest, <<acc::binary, ?\s>>, true)

  defp unpercent(<<?%, h, l, rest::binary>> = all, acc, spaces) do
    case {hex_value(h), hex_value(l)} do
      {hi, lo} when is_integer(hi) and is_integer(lo) ->
        unpercent(rest, <<acc::binary, hi * 16 + lo>>, spaces)

      _ ->
        <<c, rest::binary>> = all
        unpercent(rest, <<acc::binary, c>>, spaces)
    end
  end

  defp unpercent(<<c, rest::binary>>, acc, spaces), do: unpercent(rest, <<acc::binary, c>>, spaces)
  defp unpercent(<<>>, acc, _spaces), do: acc

  defp hex_value(c) when c in ?0..?9, do: c - ?0
  defp hex_value(c) when c in ?a..?f, do: c - ?a + 10
  defp hex_value(c) when c in ?A..?F, do: c - ?A + 10
  defp hex_value(_c), do: nil

  @doc """
  A query string from key-value pairs; `:www_form` (the default) encodes
  spaces as `+`, `:rfc3986` as `%20`.
  """
  @spec encode_query(Enumerable.t(), :rfc3986 | :www_form) :: binary
  def encode_query(enumerable, encoding \\ :www_form) do
    Enum.map_join(enumerable, "&", &encode_pair(&1, encoding))
  end

  defp encode_pair({key, _}, _encoding) when is_list(key) do
    raise ArgumentError, "encode_query/2 keys cannot be lists, got: " <> inspect(key)
  end

  defp encode_pair({_, value}, _encoding) when is_list(value) do
    raise ArgumentError, "encode_query/2 values cannot be lists, got: " <> inspect(value)
  end

  defp encode_pair({key, value}, encoding) do
    encode_part(Kernel.to_string(key), encoding) <>
      "=" <> encode_part(Kernel.to_string(value), encoding)
  end

  defp encode_part(text, :www_form), do: encode_www_form(text)
  defp encode_part(text, :rfc3986), do: encode(text, &char_unreserved?/1)

  @doc "Decodes a query string into `map` (later keys win)."
  @spec decode_query(binary, map, :rfc3986 | :www_form) :: map
  def decode_query(query, map \\ %{}, encoding \\ :www_form)
      when is_binary(query) and is_map(map) do
    query
    |> query_decoder(encoding)
    |> Enum.reduce(map, fn {key, value}, acc -> Map.put(acc, key, value) end)
  end

  @doc "The key-value pairs of a query string, lazily and in order."
  @spec query_decoder(binary, :rfc3986 | :www_form) :: Enumerable.t()
  def query_decoder(query, encoding \\ :www_form) when is_binary(query) do
    Stream.unfold(query, &next_pair(&1, encoding))
  end

  defp next_pair("", _encoding), do: nil

  defp next_pair(query, encoding) do
    {pair, rest} =
      case :binary.split(query, "&") do
        [pair, rest] -> {pair, rest}
        [pair] -> {pair, ""}
      end

    {key, value} =
      case :binary.split(pair, "=") do
        [key, value] -> {key, value}
        [key] -> {key, ""}
      end

    {{decode_part(key, encoding), decode_part(value, encoding)}, rest}
  end

  defp decode_part(text, :www_form), do: decode_www_form(text)
  defp decode_part(text, :rfc3986), do: decode(text)

  @doc "Appends a query string to the one `uri` has."
  @spec append_query(t, binary) :: t
  def append_query(%URI{query: query} = uri, new) when is_binary(new) and query in [nil, ""] do
    %{uri | query: new}
  end

  def append_query(%URI{} = uri, new) when is_binary(new) do
    %{uri | query: uri.query <> "&" <> new}
  end

  @doc """
  Splits a URI into its parts without validating it; the port is the
  scheme's default when none is given.
  """
  @spec parse(t | binary) :: t
  def parse(%URI{} = uri), do: uri

  def parse(string) when is_binary(string) do
    {rest, fragment} = split_last_part(string, "#")
    {rest, query} = split_last_part(rest, "?")
    {scheme, rest} = split_scheme(rest)

    {authority, path} =
      case rest do
        "//" <> after_slashes ->
          case :binary.match(after_slashes, "/") do
            {at, _} -> {binary_part(after_slashes, 0, at), binary_part(after_slashes, at, byte_size(after_slashes) - at)}
            :nomatch -> {after_slashes, ""}
          end

        _ ->
          {nil, rest}
      end

    {userinfo, host, port} = split_authority(authority)
    scheme = scheme && String.downcase(scheme)
    port = port || (scheme && default_port(scheme))

    %URI{
      scheme: scheme,
      authority: authority,
      userinfo: userinfo,
      host: host,
      port: port,
      path: nil_if_empty(path),
      query: query,
      fragment: fragment
    }
  end

  defp split_last_part(string, sep) do
    case :binary.split(string, sep) do
      [before, rest] -> {before, rest}
      [whole] -> {whole, nil}
    end
  end

  defp split_scheme(string) do
    case scheme_end(string, 0) do
      nil -> {nil, string}
      n -> {binary_part(string, 0, n), binary_part(string, n + 1, byte_size(string) - n - 1)}
    end
  end

  defp scheme_end(<<c, rest::binary>>, 0) when c in ?a..?z or c in ?A..?Z, do: scheme_end(rest, 1)
  defp scheme_end(_, 0), do: nil
  defp scheme_end(<<?:, _::binary>>, n), do: n

  defp scheme_end(<<c, rest::binary>>, n)
       when c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c in '+-.',
       do: scheme_end(rest, n + 1)

  defp scheme_end(_, _n), do: nil

  defp split_authority(nil), do: {nil, nil, nil}

  defp split_authority(authority) do
    {userinfo, hostport} =
      case String.split(authority, "@") do
        [hostport] -> {nil, hostport}
        parts -> {Enum.join(Enum.drop(parts, -1), "@"), List.last(parts)}
      end

    {host, port_text} =
      case hostport do
        "[" <> ipv6 ->
          case :binary.split(ipv6, "]") do
            [host, ":" <> port] -> {host, port}
            [host, _] -> {host, ""}
            [host] -> {host, ""}
          end

        _ ->
          case :binary.split(hostport, ":") do
            [host, port] -> {host, port}
            [host] -> {host, ""}
          end
      end

    {nil_if_empty(userinfo), host, parse_port(port_text)}
  end

  defp parse_port(text) do
    case Integer.parse(text) do
      {port, _} when port >= 0 -> port
      _ -> nil
    end
  end

  defp nil_if_empty(""), do: nil
  defp nil_if_empty(other), do: other

  @invalid ' "<>\\^`{|}'

  @doc "Parses a well-formed URI: `{:ok, uri}`, or `{:error, part}` naming the invalid part."
  @spec new(t | String.t()) :: {:ok, t} | {:error, String.t()}
  def new(%URI{} = uri), do: {:ok, uri}

  # :uri_string, failing after a scheme, retries the whole as a relative
  # reference, where the scheme's `:` is what it rejects: the part reads ":".
  def new(string) when is_binary(string) do
    case invalid_part(string) do
      nil -> {:ok, %{parse(string) | authority: nil}}
      part -> {:error, if(Regex.match?(~r/^[A-Za-z][A-Za-z0-9+.-]*:/, string), do: ":", else: part)}
    end
  end

  defp invalid_part(<<c, _::binary>>) when c in @invalid or c < 32, do: <<c>>
  defp invalid_part(<<_, rest::binary>>), do: invalid_part(rest)
  defp invalid_part(<<>>), do: nil

  @doc "Like `new/1`, but raises `URI.Error` on an invalid URI."
  @spec new!(t | String.t()) :: t
  def new!(uri) do
    case new(uri) do
      {:ok, uri} -> uri
      {:error, part} -> raise URI.Error, action: :parse, reason: :invalid_uri, part: part
    end
  end

  @doc "The URI as a string."
  @spec to_string(t) :: binary
  def to_string(%URI{} = uri), do: String.Chars.URI.to_string(uri)

  @doc """
  Resolves `rel` against the absolute URI `base`, as RFC 3986 (section 5.2)
  describes.
  """
  @spec merge(t | binary, t | binary) :: t
  def merge(base, rel)

  def merge(%URI{scheme: nil}, _rel) do
    raise ArgumentError, "you must merge onto an absolute URI"
  end

  def merge(base, %URI{scheme: scheme} = rel) when scheme != nil do
    _ = base
    %{rel | path: remove_dot_segments(rel.path)}
  end

  def merge(%URI{} = base, %URI{host: host} = rel) when host != nil do
    %{rel | scheme: base.scheme, path: remove_dot_segments(rel.path)}
  end

  def merge(%URI{} = base, %URI{path: nil} = rel) do
    %{base | query: rel.query || base.query, fragment: rel.fragment}
  end

  def merge(%URI{} = base, %URI{} = rel) do
    path =
      case rel.path do
        "/" <> _ -> rel.path
        relative -> merge_paths(base, relative)
      end

    %{base | path: remove_dot_segments(path), query: rel.query, fragment: rel.fragment}
  end

  def merge(base, rel), do: merge(parse(base), parse(rel))

  defp merge_paths(%URI{host: host, path: nil}, rel) when host != nil, do: "/" <> rel

  defp merge_paths(%URI{path: path}, rel) do
    base = path || ""

    case :binary.matches(base, "/") do
      [] -> rel
      matches -> binary_part(base, 0, elem(List.last(matches), 0) + 1) <> rel
    end
  end

  defp remove_dot_segments(nil), do: nil

  defp remove_dot_segments(path) do
    path
    |> String.split("/")
    |> Enum.reduce([], fn
      ".", acc -> acc
      "..", [_, _ | _] = acc -> tl(acc)
      "..", acc -> acc
      segment, acc -> [segment | acc]
    end)
    |> Enum.reverse()
    |> Enum.join("/")
  end
end

defmodule URI.Error do
  @moduledoc "Raised by `URI.new!/1` on an invalid URI."
  defexception [:action, :reason, :part]

  @impl true
  def message(%{action: action, reason: reason, part: part}) do
    "cannot #{action} due to reason #{reason}: #{inspect(part)}"
  end
end

defimpl String.Chars, for: URI do
  def to_string(%{host: host, path: path} = uri)
      when host != nil and is_binary(path) and path != "" and binary_part(path, 0, 1) != "/" do
    raise ArgumentError,
          ":path in URI must be empty or an absolute path if URL has a :host, got: #{inspect(uri)}"
  end

  def to_string(%{scheme: scheme, port: port, path: path, query: query, fragment: fragment} = uri) do
    uri =
      case scheme && URI.default_port(scheme) do
        ^port -> %{uri | port: nil}
        _ -> uri
      end

    IO.iodata_to_binary([
      if(scheme, do: [scheme, ?:], else: []),
      authority(uri),
      path || [],
      if(query, do: [??, query], else: []),
      if(fragment, do: [?#, fragment], else: [])
    ])
  end

  defp authority(%{host: nil}), do: []

  defp authority(%{userinfo: userinfo, host: host, port: port}) do
    host = if String.contains?(host, ":"), do: ["[", host, "]"], else: host

    [
      "//",
      if(userinfo, do: [userinfo, ?@], else: []),
      host,
      if(port, do: [?:, Integer.to_string(port)], else: [])
    ]
  end
end
