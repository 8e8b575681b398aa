defmodule DateTest do
  use ExUnit.Case, async: true

  describe "new/3,4, new!/3, from_iso8601/1,2, from_iso8601!/1, to_iso8601/1,2, to_string/1, from_erl/1, to_erl/1" do
    test "cases" do
      assert Date.new(2020, 2, 29) == {:ok, ~D[2020-02-29]}
      assert Date.new(2021, 2, 29) == {:error, :invalid_date}
      assert Date.new(2020, 13, 1) == {:error, :invalid_date}
      assert Date.new(-1, 1, 1) == {:ok, ~D[-0001-01-01]}
      assert Date.new!(2000, 1, 1) == ~D[2000-01-01]

      assert_raise ArgumentError, "cannot build date, reason: :invalid_date", fn ->
        Date.new!(2000, 1, 32)
      end

      assert Date.from_iso8601("2015-01-23") == {:ok, ~D[2015-01-23]}
      assert Date.from_iso8601("2015:01:23") == {:error, :invalid_format}
      assert Date.from_iso8601("2015-01-32") == {:error, :invalid_date}
      assert Date.from_iso8601("20150123") == {:error, :invalid_format}
      assert Date.from_iso8601("2015-01-23T23:50:07") == {:error, :invalid_format}
      assert Date.from_iso8601("-2015-01-23") == {:ok, ~D[-2015-01-23]}
      assert Date.from_iso8601!("2015-01-23") == ~D[2015-01-23]

      assert_raise ArgumentError, "cannot parse \"nope\" as date, reason: :invalid_format", fn ->
        Date.from_iso8601!("nope")
      end

      assert Date.to_iso8601(~D[2000-02-28]) == "2000-02-28"
      assert Date.to_iso8601(~D[2000-02-28], :basic) == "20000228"
      assert Date.to_iso8601(~D[-0100-12-15]) == "-0100-12-15"
      assert Date.to_string(~D[0005-01-01]) == "0005-01-01"
      assert to_string(~D[2000-01-01]) == "2000-01-01"
      assert inspect(~D[2000-01-01]) == "~D[2000-01-01]"
      assert Date.from_erl({2000, 1, 1}) == {:ok, ~D[2000-01-01]}
      assert Date.from_erl({2000, 2, 30}) == {:error, :invalid_date}

      assert_raise ArgumentError,
                   "cannot convert {2000, 2, 30} to date, reason: :invalid_date",
                   fn -> Date.from_erl!({2000, 2, 30}) end

      assert Date.to_erl(~D[2000-01-01]) == {2000, 1, 1}
      assert Date.from_gregorian_days(730_485) == ~D[2000-01-01]
      assert Date.to_gregorian_days(~D[2000-01-01]) == 730_485
    end
  end

  describe "add/2, diff/2, compare/2, before?/2, after?/2, range/2,3" do
    test "cases" do
      assert Date.add(~D[2000-01-03], -2) == ~D[2000-01-01]
      assert Date.add(~D[2000-02-28], 1) == ~D[2000-02-29]
      assert Date.add(~D[2001-02-28], 1) == ~D[2001-03-01]
      assert Date.add(~D[2000-12-31], 366) == ~D[2002-01-01]
      assert Date.diff(~D[2000-01-03], ~D[2000-01-01]) == 2
      assert Date.diff(~D[2000-01-01], ~D[2000-01-03]) == -2
      assert Date.diff(~D[2001-01-01], ~D[2000-01-01]) == 366
      assert Date.compare(~D[2016-04-16], ~D[2016-04-28]) == :lt
      assert Date.compare(~D[2016-04-16], ~D[2016-04-16]) == :eq
      assert Date.compare(~D[2017-01-01], ~D[2016-04-28]) == :gt
      assert Date.compare(~N[2016-04-16 01:23:45], ~D[2016-04-16]) == :eq

      assert_raise UndefinedFunctionError,
                   "function Date.before?/2 is undefined or private",
                   fn -> Date.before?(~D[2016-04-16], ~D[2016-04-28]) end

      assert_raise UndefinedFunctionError, "function Date.after?/2 is undefined or private", fn ->
        Date.after?(~D[2016-04-16], ~D[2016-04-28])
      end

      assert Date.range(~D[2000-01-01], ~D[2000-01-03]) |> Enum.to_list() == [
               ~D[2000-01-01],
               ~D[2000-01-02],
               ~D[2000-01-03]
             ]

      assert Date.range(~D[2000-01-03], ~D[2000-01-01]) |> Enum.count() == 3

      assert Date.range(~D[2000-01-01], ~D[2000-01-10], 4) |> Enum.to_list() == [
               ~D[2000-01-01],
               ~D[2000-01-05],
               ~D[2000-01-09]
             ]

      assert Date.range(~D[2000-01-01], ~D[2000-01-03]) |> Enum.member?(~D[2000-01-02])

      assert inspect(Date.range(~D[2000-01-01], ~D[2000-01-03])) ==
               "Date.range(~D[2000-01-01], ~D[2000-01-03])"
    end
  end

  describe "day_of_week/1,2, day_of_year/1, quarter_of_year/1, year_of_era/1, days_in_month/1, months_in_year/1, leap_year?/1, day_of_era/1" do
    test "cases" do
      assert Date.day_of_week(~D[2016-10-31]) == 1
      assert Date.day_of_week(~D[2016-10-30]) == 7
      assert Date.day_of_week(~D[2016-10-30], :sunday) == 1
      assert Date.day_of_week(~D[2016-10-31], :wednesday) == 6
      assert Date.day_of_year(~D[2016-12-31]) == 366
      assert Date.day_of_year(~D[2017-12-31]) == 365
      assert Date.quarter_of_year(~D[2016-04-01]) == 2
      assert Date.quarter_of_year(~D[2016-12-31]) == 4
      assert Date.year_of_era(~D[2016-01-01]) == {2016, 1}
      assert Date.year_of_era(~D[0000-01-01]) == {1, 0}
      assert Date.year_of_era(~D[-0001-01-01]) == {2, 0}
      assert Date.day_of_era(~D[0001-01-01]) == {1, 1}
      assert Date.days_in_month(~D[1900-02-01]) == 28
      assert Date.days_in_month(~D[2000-02-01]) == 29
      assert Date.days_in_month(~D[2001-04-01]) == 30
      assert Date.months_in_year(~D[2000-01-01]) == 12
      assert Date.leap_year?(~D[2000-01-01])
      refute Date.leap_year?(~D[1900-01-01])
      assert Date.leap_year?(~D[2004-01-01])
    end
  end

  describe "beginning_of_month/1, end_of_month/1, beginning_of_week/1,2, end_of_week/1,2, utc_today/0, convert" do
    test "cases" do
      assert Date.beginning_of_month(~D[2000-01-31]) == ~D[2000-01-01]
      assert Date.end_of_month(~D[2000-02-01]) == ~D[2000-02-29]
      assert Date.end_of_month(~D[1900-02-01]) == ~D[1900-02-28]
      assert Date.beginning_of_week(~D[2020-07-11]) == ~D[2020-07-06]
      assert Date.beginning_of_week(~D[2020-07-11], :sunday) == ~D[2020-07-05]
      assert Date.end_of_week(~D[2020-07-11]) == ~D[2020-07-12]
      assert Date.end_of_week(~D[2020-07-11], :sunday) == ~D[2020-07-11]
      assert Date.utc_today().year >= 2022
      assert Date.convert(~D[2000-01-01], Calendar.ISO) == {:ok, ~D[2000-01-01]}
      assert Date.convert!(~D[2000-01-01], Calendar.ISO) == ~D[2000-01-01]
      assert %Date{year: 2000, month: 1, day: 1} == ~D[2000-01-01]
      assert ~D[2000-01-01].day == 1
    end
  end
end
