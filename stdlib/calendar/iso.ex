defmodule Calendar.ISO do
  @moduledoc """
  The proleptic Gregorian calendar of ISO 8601, the calendar of every
  `Date`, `Time`, `NaiveDateTime` and `DateTime` here.

  Days are counted as "ISO days" from 0000-01-01 (day 0); conversions use
  the civil-from-days arithmetic over 400-year eras of 146,097 days.
  """

  @seconds_per_day 86_400
  @microseconds_per_day 86_400_000_000
  # Days from 0000-01-01 to 1970-01-01.
  @unix_epoch_days 719_528

  @doc "Whether `year` is a leap year."
  def leap_year?(year) when is_integer(year) do
    rem(year, 4) == 0 and (rem(year, 100) != 0 or rem(year, 400) == 0)
  end

  @doc "The number of days in `month` of `year`."
  def days_in_month(year, 2), do: if(leap_year?(year), do: 29, else: 28)
  def days_in_month(_year, month) when month in [4, 6, 9, 11], do: 30
  def days_in_month(_year, month) when month in 1..12, do: 31

  def months_in_year(_year), do: 12

  @doc "Whether the date exists (years -9999..9999)."
  def valid_date?(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day) do
    year in -9999..9999 and month in 1..12 and day >= 1 and day <= days_in_month(year, month)
  end

  def valid_date?(_year, _month, _day), do: false

  def valid_time?(hour, minute, second, {microsecond, precision}) do
    hour in 0..23 and minute in 0..59 and second in 0..59 and microsecond in 0..999_999 and
      precision in 0..6
  end

  @doc "Days since 0000-01-01."
  def date_to_iso_days(year, month, day) do
    y = if month <= 2, do: year - 1, else: year
    era = floor_div(y, 400)
    year_of_era = y - era * 400
    m = if month > 2, do: month - 3, else: month + 9
    day_of_year = div(153 * m + 2, 5) + day - 1
    day_of_era = year_of_era * 365 + div(year_of_era, 4) - div(year_of_era, 100) + day_of_year
    era * 146_097 + day_of_era - 719_468 + @unix_epoch_days
  end

  @doc "The `{year, month, day}` of ISO day `days`."
  def date_from_iso_days(days) do
    z = days - @unix_epoch_days + 719_468
    era = floor_div(z, 146_097)
    day_of_era = z - era * 146_097
    year_of_era = div(day_of_era - div(day_of_era, 1460) + div(day_of_era, 36524) - div(day_of_era, 146_096), 365)
    day_of_year = day_of_era - (365 * year_of_era + div(year_of_era, 4) - div(year_of_era, 100))
    mp = div(5 * day_of_year + 2, 153)
    day = day_of_year - div(153 * mp + 2, 5) + 1
    month = if mp < 10, do: mp + 3, else: mp - 9
    year = year_of_era + era * 400 + if(month <= 2, do: 1, else: 0)
    {year, month, day}
  end

  @doc "1 for Monday through 7 for Sunday (or from another starting day), as `{day, first, last}`."
  def day_of_week(year, month, day, starting_on) do
    offset =
      case starting_on do
        :default -> 0
        :monday -> 0
        :tuesday -> 1
        :wednesday -> 2
        :thursday -> 3
        :friday -> 4
        :saturday -> 5
        :sunday -> 6
      end

    # 0000-01-01 was a Saturday.
    index = Integer.mod(date_to_iso_days(year, month, day) + 5 - offset, 7)
    {index + 1, 1, 7}
  end

  def day_of_year(year, month, day), do: date_to_iso_days(year, month, day) - date_to_iso_days(year, 1, 1) + 1

  def quarter_of_year(_year, month, _day), do: div(month - 1, 3) + 1

  def year_of_era(year) when year > 0, do: {year, 1}
  def year_of_era(year), do: {abs(year) + 1, 0}

  def year_of_era(year, _month, _day), do: year_of_era(year)

  def day_of_era(year, month, day) when year > 0, do: {date_to_iso_days(year, month, day) - 365, 1}
  def day_of_era(year, month, day), do: {366 - date_to_iso_days(year, month, day), 0}

  @doc "`{iso_days, {microseconds_into_day, 86_400_000_000}}` for a date and time."
  def naive_datetime_to_iso_days(year, month, day, hour, minute, second, {microsecond, _}) do
    {date_to_iso_days(year, month, day), {time_to_microseconds(hour, minute, second, microsecond), @microseconds_per_day}}
  end

  def naive_datetime_from_iso_days({days, {parts, @microseconds_per_day}}) do
    {year, month, day} = date_from_iso_days(days)
    {hour, minute, second, microsecond} = time_from_microseconds(parts)
    {year, month, day, hour, minute, second, microsecond}
  end

  def time_to_microseconds(hour, minute, second, microsecond) do
    ((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond
  end

  def time_from_microseconds(total) do
    seconds = div(total, 1_000_000)
    {div(seconds, 3600), rem(div(seconds, 60), 60), rem(seconds, 60), rem(total, 1_000_000)}
  end

  def seconds_per_day, do: @seconds_per_day
  def unix_epoch_days, do: @unix_epoch_days

  defp floor_div(a, b), do: Integer.floor_div(a, b)

  # ---------------------------------------------------------------------------
  # Text

  @doc "`YYYY-MM-DD` (`:extended`) or `YYYYMMDD` (`:basic`)."
  def date_to_string(year, month, day, format \\ :extended) do
    separator = if format == :basic, do: "", else: "-"
    year_text(year) <> separator <> pad2(month) <> separator <> pad2(day)
  end

  def time_to_string(hour, minute, second, microsecond, format \\ :extended) do
    separator = if format == :basic, do: "", else: ":"
    pad2(hour) <> separator <> pad2(minute) <> separator <> pad2(second) <> fraction(microsecond)
  end

  def naive_datetime_to_string(year, month, day, hour, minute, second, microsecond) do
    date_to_string(year, month, day) <> " " <> time_to_string(hour, minute, second, microsecond)
  end

  defp year_text(year) when year < 0, do: "-" <> zero_pad(-year, 4)
  defp year_text(year), do: zero_pad(year, 4)

  defp pad2(n), do: zero_pad(n, 2)

  defp zero_pad(n, width), do: String.pad_leading(Integer.to_string(n), width, "0")

  defp fraction({_, 0}), do: ""
  defp fraction({microsecond, precision}), do: "." <> binary_part(zero_pad(microsecond, 6), 0, precision)

  # ---------------------------------------------------------------------------
  # Parsing ISO 8601 (extended format)

  @doc "Parses `[+-]YYYY-MM-DD`."
  def parse_date(string) do
    case date_fields(string) do
      {:ok, {year, month, day}, ""} -> checked_date(year, month, day)
      _ -> {:error, :invalid_format}
    end
  end

  @doc "Parses `HH:MM:SS[.ffffff]`, with an optional offset that is ignored."
  def parse_time(string) do
    string = strip_t(string)

    case time_fields(string) do
      {:ok, time, rest} ->
        case offset(rest) do
          {:ok, _} -> checked_time(time)
          :error -> {:error, :invalid_format}
        end

      :error ->
        {:error, :invalid_format}
    end
  end

  @doc "Parses a date and a time joined by `T` or a space, with an optional offset in seconds (or `nil`)."
  def parse_naive_datetime(string) do
    with {:ok, {year, month, day}, <<sep, rest::binary>>} when sep in [?T, ?\s, ?t] <- date_fields(string),
         {:ok, time, rest} <- time_fields(rest),
         {:ok, offset} <- offset(rest) do
      case checked_date(year, month, day) do
        {:ok, date} ->
          case checked_time(time) do
            {:ok, time} -> {:ok, date, time, offset}
            error -> error
          end

        error ->
          error
      end
    else
      _ -> {:error, :invalid_format}
    end
  end

  defp strip_t("T" <> rest), do: rest
  defp strip_t(rest), do: rest

  defp checked_date(year, month, day) do
    if valid_date?(year, month, day), do: {:ok, {year, month, day}}, else: {:error, :invalid_date}
  end

  defp checked_time({hour, minute, second, microsecond} = time) do
    if valid_time?(hour, minute, second, microsecond), do: {:ok, time}, else: {:error, :invalid_time}
  end

  defp date_fields(<<sign, rest::binary>>) when sign in [?+, ?-] do
    case date_fields(rest) do
      {:ok, {year, month, day}, tail} when sign == ?- -> {:ok, {-year, month, day}, tail}
      other -> other
    end
  end

  defp date_fields(<<y::binary-size(4), ?-, m::binary-size(2), ?-, d::binary-size(2), rest::binary>>) do
    with {:ok, year} <- digits(y), {:ok, month} <- digits(m), {:ok, day} <- digits(d) do
      {:ok, {year, month, day}, rest}
    end
  end

  defp date_fields(_), do: :error

  defp time_fields(<<h::binary-size(2), ?:, m::binary-size(2), ?:, s::binary-size(2), rest::binary>>) do
    with {:ok, hour} <- digits(h), {:ok, minute} <- digits(m), {:ok, second} <- digits(s) do
      {microsecond, rest} = fraction_digits(rest)
      {:ok, {hour, minute, second, microsecond}, rest}
    end
  end

  defp time_fields(_), do: :error

  defp fraction_digits(<<sep, rest::binary>>) when sep in [?., ?,] do
    {digits, rest} = take_digits(rest, "")

    case digits do
      "" ->
        {{0, 0}, <<sep, rest::binary>>}

      _ ->
        precision = min(byte_size(digits), 6)
        kept = binary_part(digits, 0, precision)
        {{String.to_integer(kept) * pow10(6 - precision), precision}, rest}
    end
  end

  defp fraction_digits(rest), do: {{0, 0}, rest}

  defp take_digits(<<c, rest::binary>>, acc) when c in ?0..?9, do: take_digits(rest, <<acc::binary, c>>)
  defp take_digits(rest, acc), do: {acc, rest}

  defp pow10(0), do: 1
  defp pow10(n), do: 10 * pow10(n - 1)

  defp offset(""), do: {:ok, nil}
  defp offset(z) when z in ["Z", "z"], do: {:ok, 0}

  defp offset(<<sign, h::binary-size(2), ?:, m::binary-size(2)>>) when sign in [?+, ?-],
    do: offset_value(sign, h, m)

  defp offset(<<sign, h::binary-size(2), m::binary-size(2)>>) when sign in [?+, ?-],
    do: offset_value(sign, h, m)

  defp offset(<<sign, h::binary-size(2)>>) when sign in [?+, ?-], do: offset_value(sign, h, "00")
  defp offset(_), do: :error

  defp offset_value(sign, h, m) do
    with {:ok, hours} <- digits(h), {:ok, minutes} <- digits(m) do
      seconds = (hours * 60 + minutes) * 60
      if sign == ?-, do: {:ok, -seconds}, else: {:ok, seconds}
    end
  end

  defp digits(text) do
    if text != "" and for(<<c <- text>>, reduce: true, do: (ok -> ok and c in ?0..?9)),
      do: {:ok, String.to_integer(text)},
      else: :error
  end
end
