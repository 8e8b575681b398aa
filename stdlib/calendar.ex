defmodule Calendar do
  @moduledoc """
  What the calendar types share; here `strftime/3`, which formats a date,
  time, naive datetime or datetime from a `%`-directive string. Each
  directive reads the fields it needs (`%H` wants `:hour`), so a `Date`
  given `%H` raises the `KeyError` Elixir raises.
  """

  @months ~w(January February March April May June July August September October November December)
  @days ~w(Monday Tuesday Wednesday Thursday Friday Saturday Sunday)

  @doc "Formats `datetime` by the directives of `format` (`%Y-%m-%d`, `%I:%M %p`, ...)."
  @spec strftime(map, String.t(), keyword) :: String.t()
  def strftime(datetime, format, opts \\ []) when is_map(datetime) and is_binary(format) do
    opts = options(opts)
    format |> directives(datetime, opts, []) |> IO.iodata_to_binary()
  end

  defp options(opts) do
    %{
      preferred_datetime: Keyword.get(opts, :preferred_datetime, "%Y-%m-%d %H:%M:%S"),
      preferred_date: Keyword.get(opts, :preferred_date, "%Y-%m-%d"),
      preferred_time: Keyword.get(opts, :preferred_time, "%H:%M:%S"),
      am_pm_names: Keyword.get(opts, :am_pm_names, fn :am -> "am"; :pm -> "pm" end),
      month_names: Keyword.get(opts, :month_names, &Enum.at(@months, &1 - 1)),
      abbreviated_month_names:
        Keyword.get(opts, :abbreviated_month_names, &String.slice(Enum.at(@months, &1 - 1), 0, 3)),
      day_of_week_names: Keyword.get(opts, :day_of_week_names, &Enum.at(@days, &1 - 1)),
      abbreviated_day_of_week_names:
        Keyword.get(opts, :abbreviated_day_of_week_names, &String.slice(Enum.at(@days, &1 - 1), 0, 3))
    }
  end

  defp directives(<<>>, _dt, _opts, acc), do: Enum.reverse(acc)

  defp directives(<<?%, rest::binary>>, dt, opts, acc) do
    {pad, rest} = flag(rest)
    {width, rest} = width(rest, nil)

    case rest do
      <<conversion::utf8, rest::binary>> ->
        directives(rest, dt, opts, [directive(conversion, pad, width, dt, opts) | acc])

      <<>> ->
        raise ArgumentError, "invalid strftime format: %"
    end
  end

  defp directives(binary, dt, opts, acc) do
    [text | _] = :binary.split(binary, "%")
    size = byte_size(text)
    <<_::binary-size(size), rest::binary>> = binary
    directives(rest, dt, opts, [text | acc])
  end

  defp flag(<<?-, rest::binary>>), do: {:none, rest}
  defp flag(<<?0, rest::binary>>), do: {?0, rest}
  defp flag(<<?_, rest::binary>>), do: {?\s, rest}
  defp flag(rest), do: {nil, rest}

  defp width(<<d, rest::binary>>, acc) when d in ?0..?9, do: width(rest, (acc || 0) * 10 + d - ?0)
  defp width(rest, acc), do: {acc, rest}

  # Each conversion: the text, and its default padding and width.
  defp directive(?%, _pad, _width, _dt, _opts), do: "%"

  defp directive(?f, _pad, _width, dt, _opts) do
    {us, precision} = Map.fetch!(dt, :microsecond)

    if precision == 0,
      do: "0",
      else: us |> Integer.to_string() |> String.pad_leading(6, "0") |> binary_part(0, precision)
  end

  defp directive(?c, _pad, _width, dt, opts), do: strftime_again(opts.preferred_datetime, dt, opts)
  defp directive(?x, _pad, _width, dt, opts), do: strftime_again(opts.preferred_date, dt, opts)
  defp directive(?X, _pad, _width, dt, opts), do: strftime_again(opts.preferred_time, dt, opts)

  defp directive(?z, pad, width, dt, _opts) do
    text =
      case dt do
        %{utc_offset: utc, std_offset: std} -> offset(utc + std)
        _ -> ""
      end

    padded(text, pad, width, ?0, 0)
  end

  defp directive(?Z, pad, width, dt, _opts) do
    text =
      case dt do
        %{zone_abbr: abbr} -> abbr
        _ -> ""
      end

    padded(text, pad, width, ?\s, 0)
  end

  defp directive(conversion, pad, width, dt, opts) do
    case conversion do
      ?a -> padded(opts.abbreviated_day_of_week_names.(day_of_week(dt)), pad, width, ?\s, 0)
      ?A -> padded(opts.day_of_week_names.(day_of_week(dt)), pad, width, ?\s, 0)
      ?b -> padded(opts.abbreviated_month_names.(Map.fetch!(dt, :month)), pad, width, ?\s, 0)
      ?B -> padded(opts.month_names.(Map.fetch!(dt, :month)), pad, width, ?\s, 0)
      ?d -> number(Map.fetch!(dt, :day), pad, width, 2)
      ?H -> number(Map.fetch!(dt, :hour), pad, width, 2)
      ?I -> number(rem(Map.fetch!(dt, :hour) + 23, 12) + 1, pad, width, 2)
      ?j -> number(Date.day_of_year(dt), pad, width, 3)
      ?m -> number(Map.fetch!(dt, :month), pad, width, 2)
      ?M -> number(Map.fetch!(dt, :minute), pad, width, 2)
      ?p -> padded(String.upcase(am_pm(dt, opts)), pad, width, ?\s, 0)
      ?P -> padded(am_pm(dt, opts), pad, width, ?\s, 0)
      ?q -> number(Date.quarter_of_year(dt), pad, width, 1)
      ?S -> number(Map.fetch!(dt, :second), pad, width, 2)
      ?u -> number(day_of_week(dt), pad, width, 1)
      ?y -> number(rem(Map.fetch!(dt, :year), 100), pad, width, 2)
      ?Y -> number(Map.fetch!(dt, :year), pad, width, 4)
      other -> raise ArgumentError, "invalid strftime format: %" <> <<other::utf8>>
    end
  end

  defp strftime_again(format, dt, opts), do: format |> directives(dt, opts, []) |> IO.iodata_to_binary()

  defp day_of_week(dt), do: Date.day_of_week(dt)

  defp am_pm(dt, opts) do
    if Map.fetch!(dt, :hour) < 12, do: opts.am_pm_names.(:am), else: opts.am_pm_names.(:pm)
  end

  defp offset(total) do
    sign = if total < 0, do: "-", else: "+"
    total = abs(total)
    hours = total |> div(3600) |> Integer.to_string() |> String.pad_leading(2, "0")
    minutes = total |> rem(3600) |> div(60) |> Integer.to_string() |> String.pad_leading(2, "0")
    sign <> hours <> minutes
  end

  defp number(n, pad, width, default_width), do: padded(Integer.to_string(n), pad, width, ?0, default_width)

  # `-` drops the padding; `0`/`_` choose the pad character; an explicit
  # width replaces the conversion's own.
  defp padded(text, :none, _width, _default_pad, _default_width), do: text

  defp padded(text, pad, width, default_pad, default_width) do
    String.pad_leading(text, width || default_width, <<pad || default_pad>>)
  end
end
