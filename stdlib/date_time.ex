defmodule DateTime do
  @moduledoc """
  A date and time in a time zone. Only UTC ("Etc/UTC") is supported:
  `~U[2023-06-01 12:00:00Z]`, `utc_now/0`, Unix time, parsing with an
  offset, printing, arithmetic and comparison.
  """

  defstruct [
    :year,
    :month,
    :day,
    :hour,
    :minute,
    :second,
    :time_zone,
    :zone_abbr,
    :utc_offset,
    :std_offset,
    microsecond: {0, 0},
    calendar: Calendar.ISO
  ]

  def utc_now(calendar \\ Calendar.ISO), do: from_naive!(NaiveDateTime.utc_now(calendar), "Etc/UTC")

  def from_naive(naive, time_zone, _database \\ nil)

  def from_naive(naive, "Etc/UTC", _database) do
    {:ok,
     %DateTime{
       year: naive.year,
       month: naive.month,
       day: naive.day,
       hour: naive.hour,
       minute: naive.minute,
       second: naive.second,
       microsecond: naive.microsecond,
       calendar: naive.calendar,
       time_zone: "Etc/UTC",
       zone_abbr: "UTC",
       utc_offset: 0,
       std_offset: 0
     }}
  end

  def from_naive(_naive, _time_zone, _database), do: {:error, :utc_only_time_zone_database}

  def from_naive!(naive, time_zone, database \\ nil) do
    case from_naive(naive, time_zone, database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, message: "cannot convert #{inspect(naive)} to datetime, reason: #{inspect(reason)}"
    end
  end

  def to_naive(%{} = dt) do
    %{
      __struct__: NaiveDateTime,
      year: dt.year,
      month: dt.month,
      day: dt.day,
      hour: dt.hour,
      minute: dt.minute,
      second: dt.second,
      microsecond: dt.microsecond,
      calendar: dt.calendar
    }
  end

  def to_date(dt), do: NaiveDateTime.to_date(to_naive(dt))
  def to_time(dt), do: NaiveDateTime.to_time(to_naive(dt))

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    case Calendar.ISO.parse_naive_datetime(string) do
      {:ok, _date, _time, nil} ->
        {:error, :missing_offset}

      {:ok, {y, mo, d}, {h, mi, s, us}, offset} ->
        {:ok, naive} = NaiveDateTime.new(y, mo, d, h, mi, s, us, calendar)
        utc = NaiveDateTime.add(naive, -offset)
        {:ok, from_naive!(%{utc | microsecond: us}, "Etc/UTC"), offset}

      error ->
        error
    end
  end

  @doc false
  def from_iso8601!(string) do
    case from_iso8601(string) do
      {:ok, datetime, _offset} -> datetime
      {:error, reason} -> raise ArgumentError, message: "cannot parse #{inspect(string)} as UTC DateTime, reason: #{inspect(reason)}"
    end
  end

  def from_unix(integer, unit \\ :second, calendar \\ Calendar.ISO) when is_integer(integer) do
    us = :erlang.convert_time_unit(integer, unit, :microsecond)
    precision = Time.unit_precision(unit)
    naive = NaiveDateTime.from_microseconds(us + Calendar.ISO.unix_epoch_days() * 86_400_000_000, precision)
    from_naive(%{naive | calendar: calendar}, "Etc/UTC")
  end

  def from_unix!(integer, unit \\ :second, calendar \\ Calendar.ISO) do
    {:ok, datetime} = from_unix(integer, unit, calendar)
    datetime
  end

  def to_unix(dt, unit \\ :second) do
    us = NaiveDateTime.to_microseconds(to_naive(dt)) - dt.utc_offset * 1_000_000 -
      Calendar.ISO.unix_epoch_days() * 86_400_000_000
    :erlang.convert_time_unit(us, :microsecond, unit)
  end

  def to_string(dt) do
    NaiveDateTime.to_string(to_naive(dt)) <> zone_suffix(dt, " ")
  end

  def to_iso8601(dt, format \\ :extended) do
    NaiveDateTime.to_iso8601(to_naive(dt), format) <> zone_suffix(dt, "")
  end

  defp zone_suffix(%{time_zone: "Etc/UTC"}, _sep), do: "Z"

  defp zone_suffix(%{utc_offset: utc, std_offset: std, zone_abbr: abbr, time_zone: zone}, sep) do
    total = utc + std
    sign = if total < 0, do: "-", else: "+"
    total = abs(total)
    hours = String.pad_leading(Integer.to_string(div(total, 3600)), 2, "0")
    minutes = String.pad_leading(Integer.to_string(rem(div(total, 60), 60)), 2, "0")
    text = sign <> hours <> ":" <> minutes
    if sep == "", do: text, else: text <> " " <> abbr <> " " <> zone
  end

  def add(dt, amount, unit \\ :second) do
    naive = NaiveDateTime.add(to_naive(dt), amount, unit)
    from_naive!(naive, "Etc/UTC")
  end

  def diff(dt1, dt2, unit \\ :second),
    do: :erlang.convert_time_unit(to_unix(dt1, :microsecond) - to_unix(dt2, :microsecond), :microsecond, unit)

  def compare(dt1, dt2) do
    case {to_unix(dt1, :microsecond), to_unix(dt2, :microsecond)} do
      {same, same} -> :eq
      {a, b} when a < b -> :lt
      _ -> :gt
    end
  end

  def truncate(dt, unit) do
    %{microsecond: us} = Time.truncate(to_time(dt), unit)
    %{dt | microsecond: us}
  end
end

defimpl Inspect, for: DateTime do
  def inspect(%{time_zone: "Etc/UTC"} = dt, _opts), do: "~U[" <> DateTime.to_string(dt) <> "]"
  def inspect(dt, _opts), do: "#DateTime<" <> DateTime.to_string(dt) <> ">"
end

defimpl String.Chars, for: DateTime do
  def to_string(dt), do: DateTime.to_string(dt)
end
