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
    # ISO 8601 forbids the negative zero offset ("unknown local offset").
    parsed =
      if String.ends_with?(string, ["-00:00", "-0000", "-00"]),
        do: {:error, :invalid_format},
        else: Calendar.ISO.parse_naive_datetime(string)

    case parsed do
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

  # Unix times Elixir accepts: from -9999-01-01 to 9999-12-31 23:59:59.999999.
  @min_unix_us -377_705_116_800_000_000
  @max_unix_us 253_402_300_799_999_999

  def from_unix(integer, unit \\ :second, calendar \\ Calendar.ISO) when is_integer(integer) do
    us = :erlang.convert_time_unit(integer, unit, :microsecond)

    if us < @min_unix_us or us > @max_unix_us do
      {:error, :invalid_unix_time}
    else
      precision = Time.unit_precision(unit)
      naive = NaiveDateTime.from_microseconds(us + Calendar.ISO.unix_epoch_days() * 86_400_000_000, precision)
      from_naive(%{naive | calendar: calendar}, "Etc/UTC")
    end
  end

  def from_unix!(integer, unit \\ :second, calendar \\ Calendar.ISO) do
    case from_unix(integer, unit, calendar) do
      {:ok, datetime} -> datetime
      {:error, :invalid_unix_time} -> raise ArgumentError, "invalid Unix time #{integer}"
    end
  end

  @doc "The datetime of `date` at `time` in `time_zone` (only \"Etc/UTC\" is known)."
  def new(date, time, time_zone \\ "Etc/UTC", database \\ nil) do
    {:ok, naive} = NaiveDateTime.new(date, time)
    from_naive(naive, time_zone, database)
  end

  @doc "Like `new/4`, raising on an error."
  def new!(date, time, time_zone \\ "Etc/UTC", database \\ nil) do
    case new(date, time, time_zone, database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, "cannot build datetime with #{inspect(date)} and #{inspect(time)}, reason: #{inspect(reason)}"
    end
  end

  @doc "The current datetime in `time_zone` (only \"Etc/UTC\" is known)."
  def now(time_zone, database \\ nil)
  def now("Etc/UTC", _database), do: {:ok, utc_now()}
  def now(_time_zone, _database), do: {:error, :utc_only_time_zone_database}

  @doc "Like `now/2`, raising on an error."
  def now!(time_zone, database \\ nil) do
    case now(time_zone, database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, "cannot get current datetime in #{inspect(time_zone)} time zone, reason: #{inspect(reason)}"
    end
  end

  @doc "`datetime` in `time_zone` (only \"Etc/UTC\" is known)."
  def shift_zone(datetime, time_zone, database \\ nil)
  def shift_zone(%{time_zone: zone} = datetime, zone, _database), do: {:ok, datetime}
  def shift_zone(datetime, "Etc/UTC", _database), do: {:ok, from_unix!(to_unix(datetime, :microsecond), :microsecond) |> Map.put(:microsecond, datetime.microsecond)}
  def shift_zone(_datetime, _time_zone, _database), do: {:error, :utc_only_time_zone_database}

  @doc "Like `shift_zone/3`, raising on an error."
  def shift_zone!(datetime, time_zone, database \\ nil) do
    case shift_zone(datetime, time_zone, database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, "cannot shift #{inspect(datetime)} to #{inspect(time_zone)} time zone, reason: #{inspect(reason)}"
    end
  end

  @doc "`{seconds, microseconds}` of the UTC instant since the start of year 0."
  def to_gregorian_seconds(dt) do
    {seconds, us} = NaiveDateTime.to_gregorian_seconds(to_naive(dt))
    {seconds - dt.utc_offset - dt.std_offset, us}
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

  @doc "Converts to another calendar; only `Calendar.ISO` is known."
  def convert(%{calendar: calendar} = value, calendar), do: {:ok, value}
  def convert(_value, _calendar), do: {:error, :incompatible_calendars}

  @doc "Like `convert/2`, raising on an error."
  def convert!(value, calendar) do
    case convert(value, calendar) do
      {:ok, value} ->
        value

      {:error, :incompatible_calendars} ->
        raise ArgumentError,
              "cannot convert #{inspect(value)} to target calendar #{inspect(calendar)}, " <>
                "reason: #{inspect(value.calendar)} and #{inspect(calendar)} have different day rollover moments, " <>
                "making this conversion ambiguous"
    end
  end

  @doc "The datetime `seconds` (and microseconds) after the start of year 0, in UTC."
  def from_gregorian_seconds(seconds, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds) do
    from_naive!(NaiveDateTime.from_gregorian_seconds(seconds, microsecond, calendar), "Etc/UTC")
  end

  def add(dt, amount, unit \\ :second, time_zone_database \\ nil)

  def add(dt, amount, unit, _time_zone_database) do
    naive = NaiveDateTime.add(to_naive(dt), amount, unit)
    from_naive!(naive, "Etc/UTC")
  end

  def diff(dt1, dt2, unit \\ :second),
    do: Time.microseconds_to_unit(to_unix(dt1, :microsecond) - to_unix(dt2, :microsecond), unit)

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
