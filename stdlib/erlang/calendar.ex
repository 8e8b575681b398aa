defmodule :calendar do
  @moduledoc """
  Erlang's calendar arithmetic on `{year, month, day}` and `{hour, minute,
  second}` tuples, counted from year 0 of the proleptic Gregorian calendar.
  `local_time/0` and `universal_time/0` are built-ins.
  """

  def is_leap_year(year) when is_integer(year) and year >= 0,
    do: rem(year, 4) == 0 and (rem(year, 100) != 0 or rem(year, 400) == 0)

  def last_day_of_the_month(year, month) when is_integer(year) and year >= 0 and month in 1..12,
    do: Calendar.ISO.days_in_month(year, month)

  def valid_date({y, m, d}), do: valid_date(y, m, d)

  def valid_date(y, m, d) when is_integer(y) and is_integer(m) and is_integer(d),
    do: y >= 0 and m in 1..12 and d >= 1 and d <= Calendar.ISO.days_in_month(y, m)

  def date_to_gregorian_days({y, m, d}), do: date_to_gregorian_days(y, m, d)

  def date_to_gregorian_days(y, m, d) when is_integer(y) and y >= 0 do
    if valid_date(y, m, d), do: Calendar.ISO.date_to_iso_days(y, m, d), else: :erlang.error(:function_clause)
  end

  def gregorian_days_to_date(days) when is_integer(days) and days >= 0, do: Calendar.ISO.date_from_iso_days(days)

  def datetime_to_gregorian_seconds({date, {h, mi, s}}),
    do: date_to_gregorian_days(date) * 86_400 + h * 3600 + mi * 60 + s

  def gregorian_seconds_to_datetime(secs) when is_integer(secs) and secs >= 0,
    do: {gregorian_days_to_date(div(secs, 86_400)), seconds_to_time(rem(secs, 86_400))}

  def day_of_the_week({y, m, d}), do: day_of_the_week(y, m, d)
  def day_of_the_week(y, m, d), do: rem(date_to_gregorian_days(y, m, d) + 5, 7) + 1

  def time_to_seconds({h, m, s}), do: h * 3600 + m * 60 + s
  def seconds_to_time(secs) when secs >= 0 and secs < 86_400, do: {div(secs, 3600), rem(div(secs, 60), 60), rem(secs, 60)}

  def seconds_to_daystime(secs) when is_integer(secs) do
    days = Integer.floor_div(secs, 86_400)
    {days, seconds_to_time(secs - days * 86_400)}
  end

  def time_difference(t1, t2),
    do: seconds_to_daystime(datetime_to_gregorian_seconds(t2) - datetime_to_gregorian_seconds(t1))

  def now_to_universal_time({mega, secs, _micro}),
    do: gregorian_seconds_to_datetime(mega * 1_000_000 + secs + 62_167_219_200)

  def now_to_datetime(now), do: now_to_universal_time(now)

  def iso_week_number, do: iso_week_number(elem(:calendar.local_time(), 0))

  # An ISO week belongs to the year that holds its Thursday.
  def iso_week_number({y, m, d}) do
    date = Date.new!(y, m, d)
    thursday = Date.add(date, 4 - Date.day_of_week(date))
    {thursday.year, div(Date.day_of_year(thursday) - 1, 7) + 1}
  end

  def system_time_to_universal_time(time, unit),
    do: gregorian_seconds_to_datetime(:erlang.convert_time_unit(time, unit, :second) + 62_167_219_200)
end
