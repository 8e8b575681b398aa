defmodule CalendarTest do
  use ExUnit.Case, async: true

  describe "Time" do
    test "cases" do
      assert Time.new(12, 30, 0) == {:ok, ~T[12:30:00]}
      assert Time.new(24, 0, 0) == {:error, :invalid_time}
      assert Time.new!(1, 2, 3, 4000) == ~T[01:02:03.004000]
      assert Time.new!(1, 2, 3, {4000, 6}) == ~T[01:02:03.004000]
      assert Time.from_iso8601("23:50:07") == {:ok, ~T[23:50:07]}
      assert Time.from_iso8601("23:50:07.123") == {:ok, ~T[23:50:07.123]}
      assert Time.from_iso8601("23:50:07Z") == {:ok, ~T[23:50:07]}
      assert Time.from_iso8601("23:50:61") == {:error, :invalid_time}
      assert Time.from_iso8601("2350") == {:error, :invalid_format}

      assert_raise ArgumentError, "cannot parse \"bad\" as time, reason: :invalid_format", fn ->
        Time.from_iso8601!("bad")
      end

      assert Time.to_iso8601(~T[23:50:07.001]) == "23:50:07.001"
      assert Time.to_iso8601(~T[23:50:07], :basic) == "235007"
      assert Time.to_string(~T[01:02:03.000100]) == "01:02:03.000100"
      assert inspect(~T[01:02:03.5]) == "~T[01:02:03.5]"
      assert Time.add(~T[10:00:00], 3600) == ~T[11:00:00]
      assert Time.add(~T[23:00:00], 7200) == ~T[01:00:00]

      assert Time.add(~T[10:00:00], -1, :millisecond) == %{
               __struct__: Time,
               calendar: Calendar.ISO,
               hour: 9,
               microsecond: {999_000, 0},
               minute: 59,
               second: 59
             }

      assert Time.add(~T[10:00:00.000], 1500, :millisecond) == ~T[10:00:01.500]
      assert Time.diff(~T[10:00:00], ~T[09:00:00]) == 3600
      assert Time.diff(~T[10:00:00], ~T[09:00:00], :minute) == 60
      assert Time.diff(~T[10:00:00.5], ~T[10:00:00], :microsecond) == 500_000
      assert Time.compare(~T[10:00:00], ~T[10:00:00.000]) == :eq
      assert Time.compare(~T[09:00:00], ~T[10:00:00]) == :lt
      assert Time.truncate(~T[10:00:00.123456], :millisecond) == ~T[10:00:00.123]
      assert Time.truncate(~T[10:00:00.1], :second) == ~T[10:00:00]
      assert Time.to_erl(~T[10:11:12]) == {10, 11, 12}
      assert Time.from_erl({1, 2, 3}) == {:ok, ~T[01:02:03]}
      assert Time.from_erl({25, 2, 3}) == {:error, :invalid_time}
      assert Time.to_seconds_after_midnight(~T[01:00:01.5]) == {3601, 500_000}
      assert Time.from_seconds_after_midnight(3661) == ~T[01:01:01]
      assert Time.utc_now() |> is_struct(Time)

      assert_raise UndefinedFunctionError,
                   "function Time.before?/2 is undefined or private",
                   fn -> Time.before?(~T[01:00:00], ~T[02:00:00]) end

      assert_raise UndefinedFunctionError, "function Time.after?/2 is undefined or private", fn ->
        Time.after?(~T[01:00:00], ~T[02:00:00])
      end

      assert ~T[10:00:00].hour == 10
    end
  end

  describe "NaiveDateTime" do
    test "cases" do
      assert NaiveDateTime.new(2000, 1, 1, 0, 0, 0) == {:ok, ~N[2000-01-01 00:00:00]}
      assert NaiveDateTime.new(~D[2000-01-01], ~T[12:00:00]) == {:ok, ~N[2000-01-01 12:00:00]}

      assert_raise ArgumentError, "cannot build naive datetime, reason: :invalid_date", fn ->
        NaiveDateTime.new!(2000, 2, 30, 0, 0, 0)
      end

      assert NaiveDateTime.from_iso8601("2015-01-23 23:50:07") == {:ok, ~N[2015-01-23 23:50:07]}

      assert NaiveDateTime.from_iso8601("2015-01-23T23:50:07.123Z") ==
               {:ok, ~N[2015-01-23 23:50:07.123]}

      assert NaiveDateTime.from_iso8601("2015-01-23T23:50:07+02:30") ==
               {:ok, ~N[2015-01-23 23:50:07]}

      assert NaiveDateTime.from_iso8601("2015-01-23P23:50:07") == {:error, :invalid_format}

      assert_raise ArgumentError,
                   "cannot parse \"2015-01-23\" as naive datetime, reason: :invalid_format",
                   fn -> NaiveDateTime.from_iso8601!("2015-01-23") end

      assert NaiveDateTime.to_iso8601(~N[2000-01-01 01:02:03.04]) == "2000-01-01T01:02:03.04"
      assert NaiveDateTime.to_string(~N[2000-01-01 01:02:03]) == "2000-01-01 01:02:03"
      assert inspect(~N[2000-01-01 01:02:03]) == "~N[2000-01-01 01:02:03]"
      assert NaiveDateTime.add(~N[2000-01-01 00:00:00], 86_400) == ~N[2000-01-02 00:00:00]
      assert NaiveDateTime.add(~N[2000-01-01 00:00:00], -1) == ~N[1999-12-31 23:59:59]
      assert NaiveDateTime.add(~N[2000-01-01 00:00:00], 2, :day) == ~N[2000-01-03 00:00:00]

      assert NaiveDateTime.add(~N[2000-01-01 00:00:00.000], 1, :millisecond) ==
               ~N[2000-01-01 00:00:00.001]

      assert NaiveDateTime.diff(~N[2000-01-02 00:00:00], ~N[2000-01-01 00:00:00]) == 86400
      assert NaiveDateTime.diff(~N[2000-01-02 00:00:00], ~N[2000-01-01 00:00:00], :hour) == 24
      assert NaiveDateTime.compare(~N[2000-01-01 00:00:00], ~N[2000-01-01 00:00:01]) == :lt
      assert NaiveDateTime.to_date(~N[2000-01-01 10:00:00]) == ~D[2000-01-01]
      assert NaiveDateTime.to_time(~N[2000-01-01 10:00:00]) == ~T[10:00:00]
      assert NaiveDateTime.to_erl(~N[2000-01-01 10:00:00]) == {{2000, 1, 1}, {10, 0, 0}}
      assert NaiveDateTime.from_erl({{2000, 1, 1}, {1, 2, 3}}) == {:ok, ~N[2000-01-01 01:02:03]}

      assert NaiveDateTime.from_erl!({{2000, 1, 1}, {1, 2, 3}}, {5, 3}) == %{
               __struct__: NaiveDateTime,
               calendar: Calendar.ISO,
               day: 1,
               hour: 1,
               microsecond: {5, 3},
               minute: 2,
               month: 1,
               second: 3,
               year: 2000
             }

      assert NaiveDateTime.truncate(~N[2000-01-01 10:00:00.123456], :second) ==
               ~N[2000-01-01 10:00:00]

      assert_raise UndefinedFunctionError,
                   "function NaiveDateTime.beginning_of_day/1 is undefined or private",
                   fn -> NaiveDateTime.beginning_of_day(~N[2000-01-01 10:00:00.5]) end

      assert_raise UndefinedFunctionError,
                   "function NaiveDateTime.end_of_day/1 is undefined or private",
                   fn -> NaiveDateTime.end_of_day(~N[2000-01-01 10:00:00]) end

      assert NaiveDateTime.to_gregorian_seconds(~N[2000-01-01 00:00:00]) == {63_113_904_000, 0}
      assert NaiveDateTime.from_gregorian_seconds(63_113_904_000) == ~N[2000-01-01 00:00:00]
      assert NaiveDateTime.utc_now() |> is_struct(NaiveDateTime)
      assert NaiveDateTime.new(2000, 1, 1, 24, 0, 0) == {:error, :invalid_time}
    end
  end

  describe "DateTime" do
    test "cases" do
      assert DateTime.from_unix(0) == {:ok, ~U[1970-01-01 00:00:00Z]}
      assert DateTime.from_unix(1_464_096_368) == {:ok, ~U[2016-05-24 13:26:08Z]}

      assert DateTime.from_unix(1_464_096_368_123, :millisecond) ==
               {:ok, ~U[2016-05-24 13:26:08.123Z]}

      assert DateTime.from_unix(-1) == {:ok, ~U[1969-12-31 23:59:59Z]}

      assert_raise ArgumentError, "invalid Unix time 253402300800", fn ->
        DateTime.from_unix!(253_402_300_800)
      end

      assert DateTime.to_unix(~U[2016-05-24 13:26:08Z]) == 1_464_096_368
      assert DateTime.to_unix(~U[2016-05-24 13:26:08.123Z], :millisecond) == 1_464_096_368_123
      assert DateTime.from_iso8601("2015-01-23T23:50:07Z") == {:ok, ~U[2015-01-23 23:50:07Z], 0}

      assert DateTime.from_iso8601("2015-01-23T23:50:07.123+02:30") ==
               {:ok, ~U[2015-01-23 21:20:07.123Z], 9000}

      assert DateTime.from_iso8601("2015-01-23T23:50:07") == {:error, :missing_offset}
      assert DateTime.from_iso8601("2015-01-23T23:50:07-00:00") == {:error, :invalid_format}
      assert DateTime.to_iso8601(~U[2016-05-24 13:26:08.123Z]) == "2016-05-24T13:26:08.123Z"
      assert DateTime.to_iso8601(~U[2016-05-24 13:26:08Z], :basic) == "20160524T132608Z"
      assert DateTime.to_string(~U[2016-05-24 13:26:08Z]) == "2016-05-24 13:26:08Z"
      assert inspect(~U[2016-05-24 13:26:08Z]) == "~U[2016-05-24 13:26:08Z]"
      assert DateTime.add(~U[2000-01-01 00:00:00Z], 3600) == ~U[2000-01-01 01:00:00Z]
      assert DateTime.add(~U[2000-01-01 00:00:00Z], -1, :day) == ~U[1999-12-31 00:00:00Z]
      assert DateTime.diff(~U[2000-01-01 01:00:00Z], ~U[2000-01-01 00:00:00Z]) == 3600
      assert DateTime.compare(~U[2000-01-01 01:00:00Z], ~U[2000-01-01 00:00:00Z]) == :gt
      assert DateTime.to_date(~U[2000-01-01 01:00:00Z]) == ~D[2000-01-01]
      assert DateTime.to_time(~U[2000-01-01 01:00:00Z]) == ~T[01:00:00]
      assert DateTime.to_naive(~U[2000-01-01 01:00:00Z]) == ~N[2000-01-01 01:00:00]

      assert DateTime.from_naive(~N[2000-01-01 00:00:00], "Etc/UTC") ==
               {:ok, ~U[2000-01-01 00:00:00Z]}

      assert DateTime.from_naive!(~N[2000-01-01 00:00:00], "Etc/UTC") == ~U[2000-01-01 00:00:00Z]

      assert DateTime.from_naive(~N[2000-01-01 00:00:00], "Europe/Paris") ==
               {:error, :utc_only_time_zone_database}

      assert DateTime.shift_zone(~U[2000-01-01 00:00:00Z], "Etc/UTC") ==
               {:ok, ~U[2000-01-01 00:00:00Z]}

      assert DateTime.truncate(~U[2000-01-01 00:00:00.123Z], :second) == ~U[2000-01-01 00:00:00Z]
      assert DateTime.utc_now() |> is_struct(DateTime)
      assert DateTime.utc_now().time_zone == "Etc/UTC"
      assert DateTime.now("Etc/UTC") |> elem(0) == :ok
      assert DateTime.now("Mars/Base") == {:error, :utc_only_time_zone_database}
      assert DateTime.new(~D[2000-01-01], ~T[00:00:00]) == {:ok, ~U[2000-01-01 00:00:00Z]}
      assert DateTime.new!(~D[2000-01-01], ~T[00:00:00], "Etc/UTC") == ~U[2000-01-01 00:00:00Z]
      assert DateTime.to_gregorian_seconds(~U[2000-01-01 00:00:00Z]) == {63_113_904_000, 0}
    end
  end

  describe "Calendar.strftime/2,3 and Calendar.ISO" do
    test "cases" do
      assert Calendar.strftime(~U[2019-08-26 13:52:06.0Z], "%y-%m-%d %I:%M:%S %p") ==
               "19-08-26 01:52:06 PM"

      assert Calendar.strftime(~N[2019-08-26 13:52:06], "%a %A %b %B %j %u %%") ==
               "Mon Monday Aug August 238 1 %"

      assert_raise ArgumentError, "invalid strftime format: %e", fn ->
        Calendar.strftime(~D[2019-08-06], "%-d/%-m/%Y %e")
      end

      assert Calendar.strftime(~T[01:02:03.456], "%H %f %3f %P") == "01 456 456 am"

      assert_raise KeyError, "key :hour not found in: ~D[2019-08-06]", fn ->
        Calendar.strftime(~D[2019-08-06], "%c")
      end

      assert Calendar.strftime(~N[2019-08-06 01:02:03], "%c %x %X") ==
               "2019-08-06 01:02:03 2019-08-06 01:02:03"

      assert Calendar.strftime(~D[2019-08-06], "%10Y|%_5m|%05d") == "0000002019|    8|00006"

      assert_raise ArgumentError, "invalid strftime format: %Q", fn ->
        Calendar.strftime(~D[2019-08-06], "%q %Q")
      end

      assert Calendar.strftime(~U[2019-08-26 13:52:06Z], "%z %Z") == "+0000 UTC"
      assert Calendar.strftime(~D[2019-08-06], "%B", month_names: fn m -> "M#{m}" end) == "M8"

      assert_raise KeyError, "key :year not found in: ~T[01:00:00]", fn ->
        Calendar.strftime(~T[01:00:00], "%Y")
      end

      assert Calendar.ISO.leap_year?(2000)
      assert Calendar.ISO.days_in_month(2001, 2) == 28
      assert Calendar.ISO.day_of_week(2020, 1, 1, :default) == {3, 1, 7}
      refute Calendar.ISO.valid_date?(2000, 2, 30)
      assert Calendar.ISO.date_to_string(2000, 1, 1, :basic) == "20000101"

      assert Calendar.ISO.naive_datetime_to_iso_days(2000, 1, 1, 0, 0, 0, {0, 0}) ==
               {730_485, {0, 86_400_000_000}}

      assert Date.to_iso_days(~D[2000-01-01]) == {730_485, {0, 86_400_000_000}}

      assert_raise ArgumentError,
                   "cannot build datetime with ~D[2000-01-01] and ~T[00:00:00], reason: :utc_only_time_zone_database",
                   fn -> DateTime.new!(~D[2000-01-01], ~T[00:00:00], "Mars/X") end

      assert_raise ArgumentError,
                   "cannot get current datetime in \"Mars/X\" time zone, reason: :utc_only_time_zone_database",
                   fn -> DateTime.now!("Mars/X") end

      assert_raise ArgumentError,
                   "cannot shift ~U[2000-01-01 00:00:00Z] to \"Mars/X\" time zone, reason: :utc_only_time_zone_database",
                   fn -> DateTime.shift_zone!(~U[2000-01-01 00:00:00Z], "Mars/X") end

      assert DateTime.from_unix(-62_167_219_201) == {:ok, ~U[-0001-12-31 23:59:59Z]}
      assert DateTime.from_unix(-62_167_219_200) == {:ok, ~U[0000-01-01 00:00:00Z]}
      assert DateTime.add(~U[2000-01-01 00:00:00.12Z], 1, :day) == ~U[2000-01-02 00:00:00.12Z]
      assert DateTime.diff(~U[2000-01-01 00:00:00Z], ~U[2000-01-01 01:30:00Z], :hour) == -1
      assert NaiveDateTime.diff(~N[2000-01-01 00:00:00], ~N[2000-01-01 01:30:00], :hour) == -1

      assert NaiveDateTime.add(~N[2000-01-01 00:00:00], -1, :millisecond) == %{
               __struct__: NaiveDateTime,
               calendar: Calendar.ISO,
               day: 31,
               hour: 23,
               microsecond: {999_000, 0},
               minute: 59,
               month: 12,
               second: 59,
               year: 1999
             }

      assert Time.add(~T[10:00:00.1], 1, :microsecond) == %{
               __struct__: Time,
               calendar: Calendar.ISO,
               hour: 10,
               microsecond: {100_001, 1},
               minute: 0,
               second: 0
             }

      assert Time.add(~T[10:00:00], 90, :minute) == ~T[11:30:00]
      assert Time.from_seconds_after_midnight(90_000) == ~T[01:00:00]
      assert NaiveDateTime.from_gregorian_seconds(1, {5, 6}) == ~N[0000-01-01 00:00:01.000005]

      assert DateTime.to_gregorian_seconds(~U[2000-01-01 00:00:00.5Z]) ==
               {63_113_904_000, 500_000}

      assert Calendar.strftime(~N[2019-08-06 13:00:00], "%I%p %-I %_H %y %j",
               am_pm_names: fn
                 :am -> "a"
                 :pm -> "p"
               end
             ) == "01P 1 13 19 218"

      assert Calendar.strftime(~N[0005-08-06 00:00:00.120], "%Y %f %I %P") == "0005 120 12 am"

      assert_raise ArgumentError, "invalid strftime format: %", fn ->
        Calendar.strftime(~D[2019-08-06], "%")
      end

      assert_raise ArgumentError, "invalid strftime format: %:", fn ->
        Calendar.strftime(~D[2019-08-06], "%:z")
      end

      assert Calendar.strftime(~D[2019-08-06], "week %u of %B, day %j") ==
               "week 2 of August, day 218"

      assert NaiveDateTime.local_now() |> is_struct(NaiveDateTime)
      assert Time.convert(~T[01:00:00], Calendar.ISO) == {:ok, ~T[01:00:00]}

      assert NaiveDateTime.convert!(~N[2000-01-01 00:00:00], Calendar.ISO) ==
               ~N[2000-01-01 00:00:00]

      assert DateTime.convert(~U[2000-01-01 00:00:00Z], Calendar.ISO) ==
               {:ok, ~U[2000-01-01 00:00:00Z]}

      assert DateTime.from_gregorian_seconds(63_113_904_000) == ~U[2000-01-01 00:00:00Z]

      assert DateTime.from_gregorian_seconds(63_113_904_000, {5, 3}) == %{
               __struct__: DateTime,
               calendar: Calendar.ISO,
               day: 1,
               hour: 0,
               microsecond: {5, 3},
               minute: 0,
               month: 1,
               second: 0,
               std_offset: 0,
               time_zone: "Etc/UTC",
               utc_offset: 0,
               year: 2000,
               zone_abbr: "UTC"
             }

      assert DateTime.add(~U[2000-01-01 00:00:00Z], 1, :hour, Calendar.UTCOnlyTimeZoneDatabase) ==
               ~U[2000-01-01 01:00:00Z]
    end
  end
end
