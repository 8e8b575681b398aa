defmodule NaiveDateTime do
  @moduledoc """
  A date and a time of day without a time zone: `~N[2023-12-31 23:59:59]`.
  Basics only: building, parsing, printing, arithmetic and comparison.
  """

  defstruct [:year, :month, :day, :hour, :minute, :second, microsecond: {0, 0}, calendar: Calendar.ISO]

  def new(%{year: y, month: mo, day: d}, %{hour: h, minute: mi, second: s, microsecond: us}) do
    {:ok, build(y, mo, d, h, mi, s, us)}
  end

  def new(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def new(year, month, day, hour, minute, second, microsecond, calendar) when is_integer(microsecond),
    do: new(year, month, day, hour, minute, second, {microsecond, 6}, calendar)

  def new(year, month, day, hour, minute, second, microsecond, calendar) do
    cond do
      not Calendar.ISO.valid_date?(year, month, day) -> {:error, :invalid_date}
      not Calendar.ISO.valid_time?(hour, minute, second, microsecond) -> {:error, :invalid_time}
      true -> {:ok, %{build(year, month, day, hour, minute, second, microsecond) | calendar: calendar}}
    end
  end

  def new!(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(year, month, day, hour, minute, second, microsecond, calendar) do
      {:ok, naive} -> naive
      {:error, reason} -> raise ArgumentError, message: "cannot build naive datetime, reason: #{inspect(reason)}"
    end
  end

  def new!(date, time) do
    {:ok, naive} = new(date, time)
    naive
  end

  defp build(year, month, day, hour, minute, second, microsecond) do
    %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}
  end

  @doc "The current local date and time (the operating system's time zone)."
  def local_now(calendar \\ Calendar.ISO) do
    {{y, mo, d}, {h, mi, s}} = :erlang.localtime()
    %{build(y, mo, d, h, mi, s, {0, 0}) | calendar: calendar}
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

  def utc_now(calendar \\ Calendar.ISO) do
    us = :os.system_time(:microsecond)
    %{from_microseconds(us + Calendar.ISO.unix_epoch_days() * 86_400_000_000, 6) | calendar: calendar}
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    case Calendar.ISO.parse_naive_datetime(string) do
      {:ok, {y, mo, d}, {h, mi, s, us}, _offset} -> {:ok, %{build(y, mo, d, h, mi, s, us) | calendar: calendar}}
      error -> error
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, naive} -> naive
      {:error, reason} -> raise ArgumentError, message: "cannot parse #{inspect(string)} as naive datetime, reason: #{inspect(reason)}"
    end
  end

  def to_string(%{year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: us}),
    do: Calendar.ISO.naive_datetime_to_string(y, mo, d, h, mi, s, us)

  def to_iso8601(%{year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: us}, format \\ :extended) do
    separator = if format == :basic, do: "T", else: "T"
    Calendar.ISO.date_to_string(y, mo, d, format) <> separator <> Calendar.ISO.time_to_string(h, mi, s, us, format)
  end

  def to_date(%{year: y, month: mo, day: d, calendar: calendar}),
    do: %{__struct__: Date, year: y, month: mo, day: d, calendar: calendar}

  def to_time(%{hour: h, minute: mi, second: s, microsecond: us, calendar: calendar}),
    do: %{__struct__: Time, hour: h, minute: mi, second: s, microsecond: us, calendar: calendar}

  def to_erl(%{year: y, month: mo, day: d, hour: h, minute: mi, second: s}), do: {{y, mo, d}, {h, mi, s}}

  def from_erl({{y, mo, d}, {h, mi, s}}, microsecond \\ {0, 0}, calendar \\ Calendar.ISO),
    do: new(y, mo, d, h, mi, s, microsecond, calendar)

  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, naive} -> naive
      {:error, reason} -> raise ArgumentError, message: "cannot convert #{inspect(tuple)} to naive datetime, reason: #{inspect(reason)}"
    end
  end

  def add(%{microsecond: {_, precision}} = naive, amount, unit \\ :second) when is_integer(amount) do
    total = to_microseconds(naive) + Time.unit_to_microseconds(amount, unit)
    %{from_microseconds(total, precision) | calendar: naive.calendar}
  end

  def diff(naive1, naive2, unit \\ :second),
    do: Time.microseconds_to_unit(to_microseconds(naive1) - to_microseconds(naive2), unit)

  @doc "`{seconds, microseconds}` since the start of year 0 of the proleptic Gregorian calendar."
  def to_gregorian_seconds(%{microsecond: {us, _}} = naive),
    do: {div(to_microseconds(naive) - us, 1_000_000), us}

  @doc "The naive datetime `seconds` after the start of year 0."
  def from_gregorian_seconds(seconds, {us, precision} \\ {0, 0}, calendar \\ Calendar.ISO)
      when is_integer(seconds) do
    %{from_microseconds(seconds * 1_000_000 + us, precision) | calendar: calendar}
  end

  def compare(naive1, naive2) do
    case {to_microseconds(naive1), to_microseconds(naive2)} do
      {same, same} -> :eq
      {a, b} when a < b -> :lt
      _ -> :gt
    end
  end

  def truncate(naive, unit) do
    %{microsecond: us} = Time.truncate(to_time(naive), unit)
    %{naive | microsecond: us}
  end

  @doc false
  def to_microseconds(%{year: y, month: mo, day: d, hour: h, minute: mi, second: s, microsecond: {us, _}}) do
    Calendar.ISO.date_to_iso_days(y, mo, d) * 86_400_000_000 + Calendar.ISO.time_to_microseconds(h, mi, s, us)
  end

  @doc false
  def from_microseconds(total, precision) do
    days = Integer.floor_div(total, 86_400_000_000)
    {y, mo, d} = Calendar.ISO.date_from_iso_days(days)
    {h, mi, s, us} = Calendar.ISO.time_from_microseconds(total - days * 86_400_000_000)
    build(y, mo, d, h, mi, s, {us, precision})
  end
end

defimpl Inspect, for: NaiveDateTime do
  def inspect(naive, _opts), do: "~N[" <> NaiveDateTime.to_string(naive) <> "]"
end

defimpl String.Chars, for: NaiveDateTime do
  def to_string(naive), do: NaiveDateTime.to_string(naive)
end
