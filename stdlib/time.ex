defmodule Time do
  @moduledoc """
  Times of day without a date or zone: `~T[13:45:09]`, with microseconds
  and their precision. Basics only: building, parsing, printing, adding,
  comparing.
  """

  defstruct [:hour, :minute, :second, microsecond: {0, 0}, calendar: Calendar.ISO]

  def new(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def new(hour, minute, second, microsecond, calendar) when is_integer(microsecond),
    do: new(hour, minute, second, {microsecond, 6}, calendar)

  def new(hour, minute, second, microsecond, calendar) do
    if Calendar.ISO.valid_time?(hour, minute, second, microsecond),
      do: {:ok, %Time{hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}},
      else: {:error, :invalid_time}
  end

  def new!(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(hour, minute, second, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, message: "cannot build time, reason: #{inspect(reason)}"
    end
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
    %{hour: h, minute: m, second: s, microsecond: us} = NaiveDateTime.utc_now()
    %Time{hour: h, minute: m, second: s, microsecond: us, calendar: calendar}
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    case Calendar.ISO.parse_time(string) do
      {:ok, {h, m, s, us}} -> {:ok, %Time{hour: h, minute: m, second: s, microsecond: us, calendar: calendar}}
      error -> error
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, message: "cannot parse #{inspect(string)} as time, reason: #{inspect(reason)}"
    end
  end

  def to_string(%{hour: h, minute: m, second: s, microsecond: us}), do: Calendar.ISO.time_to_string(h, m, s, us)

  def to_iso8601(%{hour: h, minute: m, second: s, microsecond: us}, format \\ :extended),
    do: Calendar.ISO.time_to_string(h, m, s, us, format)

  def to_erl(%{hour: h, minute: m, second: s}), do: {h, m, s}

  def from_erl({h, m, s}, microsecond \\ {0, 0}, calendar \\ Calendar.ISO), do: new(h, m, s, microsecond, calendar)

  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, message: "cannot convert #{inspect(tuple)} to time, reason: #{inspect(reason)}"
    end
  end

  def to_seconds_after_midnight(%{hour: h, minute: m, second: s, microsecond: {us, _}}),
    do: {(h * 60 + m) * 60 + s, us}

  @doc "The time `amount` units later, wrapping around midnight."
  def add(%{microsecond: {_, precision}} = time, amount, unit \\ :second) when is_integer(amount) do
    total = microseconds(time) + unit_to_microseconds(amount, unit)
    {h, m, s, us} = Calendar.ISO.time_from_microseconds(Integer.mod(total, 86_400_000_000))
    %{time | hour: h, minute: m, second: s, microsecond: {us, precision}}
  end

  def diff(time1, time2, unit \\ :second),
    do: microseconds_to_unit(microseconds(time1) - microseconds(time2), unit)

  @doc "The time `seconds` after midnight."
  def from_seconds_after_midnight(seconds, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)
      when is_integer(seconds) do
    {h, m, s, _} = Calendar.ISO.time_from_microseconds(Integer.mod(seconds, 86_400) * 1_000_000)
    %Time{hour: h, minute: m, second: s, microsecond: microsecond, calendar: calendar}
  end

  def compare(time1, time2) do
    case {microseconds(time1), microseconds(time2)} do
      {same, same} -> :eq
      {a, b} when a < b -> :lt
      _ -> :gt
    end
  end

  def truncate(%{microsecond: {us, precision}} = time, unit) do
    new_precision = min(precision, unit_precision(unit))
    divisor = Integer.pow(10, 6 - new_precision)
    %{time | microsecond: {div(us, divisor) * divisor, new_precision}}
  end

  defp microseconds(%{hour: h, minute: m, second: s, microsecond: {us, _}}),
    do: Calendar.ISO.time_to_microseconds(h, m, s, us)

  @doc false
  # `amount` of `unit` in microseconds; beyond the System time units, Elixir
  # takes :day, :hour and :minute here.
  def unit_to_microseconds(amount, :day), do: amount * 86_400_000_000
  def unit_to_microseconds(amount, :hour), do: amount * 3_600_000_000
  def unit_to_microseconds(amount, :minute), do: amount * 60_000_000
  def unit_to_microseconds(amount, unit), do: :erlang.convert_time_unit(amount, unit, :microsecond)

  @doc false
  # The calendar units truncate towards zero, the System ones floor.
  def microseconds_to_unit(us, unit) when unit in [:day, :hour, :minute],
    do: div(us, unit_to_microseconds(1, unit))

  def microseconds_to_unit(us, unit), do: :erlang.convert_time_unit(us, :microsecond, unit)

  @doc false
  def unit_precision(:second), do: 0
  def unit_precision(:millisecond), do: 3
  def unit_precision(:microsecond), do: 6
  def unit_precision(:nanosecond), do: 6
  def unit_precision(_), do: 0
end

defimpl Inspect, for: Time do
  def inspect(time, _opts), do: "~T[" <> Time.to_string(time) <> "]"
end

defimpl String.Chars, for: Time do
  def to_string(time), do: Time.to_string(time)
end
