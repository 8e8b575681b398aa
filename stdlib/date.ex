defmodule Date do
  @moduledoc """
  Dates of the ISO calendar: `%Date{year: 2024, month: 1, day: 31}`,
  written `~D[2024-01-31]`. Building, parsing and printing them,
  arithmetic in days, comparison and ranges (`Date.Range`). Only
  `Calendar.ISO` is supported as a calendar.
  """

  defstruct [:year, :month, :day, calendar: Calendar.ISO]

  @type t :: %Date{year: integer, month: pos_integer, day: pos_integer, calendar: module}

  @doc "Builds a date; `{:error, :invalid_date}` when it does not exist."
  def new(year, month, day, calendar \\ Calendar.ISO) do
    if Calendar.ISO.valid_date?(year, month, day),
      do: {:ok, %Date{year: year, month: month, day: day, calendar: calendar}},
      else: {:error, :invalid_date}
  end

  @doc "Builds a date; raises `ArgumentError` when it does not exist."
  def new!(year, month, day, calendar \\ Calendar.ISO) do
    case new(year, month, day, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, message: "cannot build date, reason: #{inspect(reason)}"
    end
  end

  @doc "Today's date in UTC."
  def utc_today(calendar \\ Calendar.ISO) do
    days = div(:os.system_time(:second), 86_400) + Calendar.ISO.unix_epoch_days()
    %{from_iso_days(days) | calendar: calendar}
  end

  @doc "Parses an ISO 8601 date (`2024-01-31`)."
  def from_iso8601(string, calendar \\ Calendar.ISO) do
    case Calendar.ISO.parse_date(string) do
      {:ok, {year, month, day}} -> {:ok, %Date{year: year, month: month, day: day, calendar: calendar}}
      error -> error
    end
  end

  @doc "Parses an ISO 8601 date; raises `ArgumentError` when it cannot."
  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, date} ->
        date

      {:error, reason} ->
        raise ArgumentError, message: "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"
    end
  end

  @doc "The date as ISO 8601 text, `:extended` (`2024-01-31`) or `:basic` (`20240131`)."
  def to_iso8601(%{year: year, month: month, day: day}, format \\ :extended)
      when format in [:extended, :basic] do
    Calendar.ISO.date_to_string(year, month, day, format)
  end

  @doc "The date as text: `2024-01-31`."
  def to_string(%{year: year, month: month, day: day}), do: Calendar.ISO.date_to_string(year, month, day)

  @doc "The date as an Erlang `{year, month, day}` tuple."
  def to_erl(%{year: year, month: month, day: day}), do: {year, month, day}

  @doc "Builds a date from an Erlang `{year, month, day}` tuple."
  def from_erl({year, month, day}, calendar \\ Calendar.ISO), do: new(year, month, day, calendar)

  def from_erl!(tuple, calendar \\ Calendar.ISO) do
    case from_erl(tuple, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, message: "cannot convert #{inspect(tuple)} to date, reason: #{inspect(reason)}"
    end
  end

  @doc "Days since 0000-01-01."
  def to_gregorian_days(date), do: iso_days(date)

  def from_gregorian_days(days, calendar \\ Calendar.ISO) when is_integer(days),
    do: %{from_iso_days(days) | calendar: calendar}

  def to_iso_days(date), do: {iso_days(date), {0, 86_400_000_000}}

  @doc "The date `days` days later (earlier when negative)."
  def add(date, days) when is_integer(days), do: %{from_iso_days(iso_days(date) + days) | calendar: date.calendar}

  @doc "The number of days from `date2` to `date1`."
  def diff(date1, date2), do: iso_days(date1) - iso_days(date2)

  @doc "Compares two dates: `:lt`, `:eq` or `:gt`."
  def compare(date1, date2) do
    case {to_erl(date1), to_erl(date2)} do
      {same, same} -> :eq
      {first, second} when first < second -> :lt
      _ -> :gt
    end
  end

  def day_of_week(%{year: year, month: month, day: day}, starting_on \\ :default) do
    {dow, _, _} = Calendar.ISO.day_of_week(year, month, day, starting_on)
    dow
  end

  def beginning_of_week(date, starting_on \\ :default), do: add(date, 1 - day_of_week(date, starting_on))
  def end_of_week(date, starting_on \\ :default), do: add(date, 7 - day_of_week(date, starting_on))

  def day_of_year(%{year: year, month: month, day: day}), do: Calendar.ISO.day_of_year(year, month, day)
  def days_in_month(%{year: year, month: month}), do: Calendar.ISO.days_in_month(year, month)
  def months_in_year(%{year: year}), do: Calendar.ISO.months_in_year(year)
  def leap_year?(%{year: year}), do: Calendar.ISO.leap_year?(year)
  def quarter_of_year(%{year: year, month: month, day: day}), do: Calendar.ISO.quarter_of_year(year, month, day)
  def year_of_era(%{year: year}), do: Calendar.ISO.year_of_era(year)
  def day_of_era(%{year: year, month: month, day: day}), do: Calendar.ISO.day_of_era(year, month, day)

  def beginning_of_month(date), do: %{date | day: 1}
  def end_of_month(date), do: %{date | day: days_in_month(date)}

  @doc "Converts to another calendar; only `Calendar.ISO` is known."
  def convert(%{calendar: calendar} = date, calendar), do: {:ok, date}
  def convert(_date, _calendar), do: {:error, :incompatible_calendars}

  def convert!(date, calendar) do
    case convert(date, calendar) do
      {:ok, date} ->
        date

      {:error, :incompatible_calendars} ->
        raise ArgumentError,
          message: "cannot convert #{inspect(date)} to target calendar #{inspect(calendar)}, reason: #{inspect(date.calendar)} and #{inspect(calendar)} have different day rollover moments, making this conversion ambiguous"
    end
  end

  @doc "The dates from `first` to `last` (stepping back when `last` is earlier)."
  def range(first, last) do
    step = if iso_days(first) <= iso_days(last), do: 1, else: -1
    build_range(first, last, step)
  end

  def range(first, last, step) when is_integer(step) and step != 0, do: build_range(first, last, step)

  def range(first, last, step) do
    raise ArgumentError,
      message: "the step must be a non-zero integer, got: #{inspect(step)} for Date.range(#{inspect(first)}, #{inspect(last)}, step)"
  end

  defp build_range(first, last, step) do
    %{
      __struct__: Date.Range,
      first: first,
      last: last,
      first_in_iso_days: iso_days(first),
      last_in_iso_days: iso_days(last),
      step: step
    }
  end

  defp iso_days(%{year: year, month: month, day: day}), do: Calendar.ISO.date_to_iso_days(year, month, day)

  @doc false
  def from_iso_days(days) do
    {year, month, day} = Calendar.ISO.date_from_iso_days(days)
    %Date{year: year, month: month, day: day}
  end
end

defmodule Date.Range do
  @moduledoc "A range of dates with a step in days, made by `Date.range/2,3`; enumerable."

  defstruct [:first, :last, :first_in_iso_days, :last_in_iso_days, :step]

  @doc false
  def size(%{first_in_iso_days: first, last_in_iso_days: last, step: step}) do
    cond do
      step > 0 and first > last -> 0
      step < 0 and first < last -> 0
      true -> div(last - first, step) + 1
    end
  end
end

defimpl Enumerable, for: Date.Range do
  def count(range), do: {:ok, Date.Range.size(range)}

  def member?(%{first_in_iso_days: first, last_in_iso_days: last, step: step}, %{__struct__: Date} = date) do
    days = Date.to_gregorian_days(date)
    {low, high} = if step > 0, do: {first, last}, else: {last, first}
    {:ok, days >= low and days <= high and rem(days - first, step) == 0}
  end

  def member?(_range, _value), do: {:ok, false}

  def slice(%{first_in_iso_days: first, step: step} = range) do
    {:ok, Date.Range.size(range),
     fn start, amount, slice_step ->
       for i <- 0..(amount - 1)//1, do: Date.from_iso_days(first + (start + i * slice_step) * step)
     end}
  end

  def reduce(%{first_in_iso_days: first, step: step} = range, acc, fun) do
    walk(first, Date.Range.size(range), step, acc, fun)
  end

  defp walk(_day, _left, _step, {:halt, acc}, _fun), do: {:halted, acc}
  defp walk(day, left, step, {:suspend, acc}, fun), do: {:suspended, acc, &walk(day, left, step, &1, fun)}
  defp walk(_day, 0, _step, {:cont, acc}, _fun), do: {:done, acc}

  defp walk(day, left, step, {:cont, acc}, fun),
    do: walk(day + step, left - 1, step, fun.(Date.from_iso_days(day), acc), fun)
end

defimpl Inspect, for: Date do
  def inspect(date, _opts), do: "~D[" <> Date.to_string(date) <> "]"
end

defimpl Inspect, for: Date.Range do
  def inspect(%{first: first, last: last, step: step}, _opts) do
    default = if Date.compare(first, last) == :gt, do: -1, else: 1
    step_text = if step == default, do: "", else: ", #{step}"
    "Date.range(" <> Kernel.inspect(first) <> ", " <> Kernel.inspect(last) <> step_text <> ")"
  end
end

defimpl String.Chars, for: Date do
  def to_string(date), do: Date.to_string(date)
end
