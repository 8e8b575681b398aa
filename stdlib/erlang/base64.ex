defmodule :base64 do
  @moduledoc """
  Erlang's base64 over `Base`: the standard alphabet with padding; input as a
  binary or a character list, `*_to_string` answering character lists.
  `mime_decode` skips characters outside the alphabet.
  """

  def encode(data), do: Base.encode64(bin(data))
  def encode_to_string(data), do: String.to_charlist(encode(data))

  def decode(data) do
    case Base.decode64(strip_whitespace(bin(data))) do
      {:ok, decoded} -> decoded
      :error -> :erlang.error({:badarg, bad_char(bin(data))})
    end
  end

  def decode_to_string(data), do: :erlang.binary_to_list(decode(data))

  def mime_decode(data) do
    kept = for <<c <- bin(data)>>, c in ?A..?Z or c in ?a..?z or c in ?0..?9 or c in [?+, ?/, ?=], into: "", do: <<c>>
    kept |> String.trim_trailing("=") |> Base.decode64!(padding: false)
  end

  def mime_decode_to_string(data), do: :erlang.binary_to_list(mime_decode(data))

  defp bin(data) when is_binary(data), do: data
  defp bin(data) when is_list(data), do: :erlang.list_to_binary(data)

  defp strip_whitespace(data), do: for(<<c <- data>>, c not in ' \t\r\n', into: "", do: <<c>>)

  defp bad_char(data) do
    Enum.find(:erlang.binary_to_list(data), ?=, fn c ->
      not (c in ?A..?Z or c in ?a..?z or c in ?0..?9 or c in [?+, ?/, ?=] or c in ' \\t\\r\\n')
    end)
  end
end

defmodule :binary do
  @moduledoc "The parts of Erlang's `:binary` written in Elixir (the rest are built-ins)."

  def encode_hex(data) when is_binary(data), do: Base.encode16(data)

  def decode_hex(data) when is_binary(data) do
    case Base.decode16(data, case: :mixed) do
      {:ok, decoded} -> decoded
      :error -> :erlang.error(:badarg)
    end
  end
end
