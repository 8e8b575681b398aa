defmodule VersionTest do
  use ExUnit.Case, async: true

  describe "parse/1, parse!/1, to_string/1, compare/2" do
    test "cases" do
      assert Version.parse("1.2.3-alpha.1+build.5") ==
               {:ok, %Version{major: 1, minor: 2, patch: 3, pre: ["alpha", 1], build: "build.5"}}

      assert Version.parse("1.2") == :error
      assert Version.parse("01.2.3") == :error
      assert Version.parse("1.2.3-01") == :error
      assert Version.parse(" 1.2.3") == :error

      assert_raise Version.InvalidVersionError, "invalid version: \"x\"", fn ->
        Version.parse!("x")
      end

      assert Version.parse!("1.2.3-rc") == %Version{major: 1, minor: 2, patch: 3, pre: ["rc"]}
      assert to_string(Version.parse!("1.0.0-rc.1+b")) == "1.0.0-rc.1+b"
      assert Version.to_string(Version.parse!("1.2.3")) == "1.2.3"
      assert Version.compare("1.0.0-rc.1", "1.0.0") == :lt
      assert Version.compare("1.0.0-alpha.2", "1.0.0-alpha.10") == :lt
      assert Version.compare("1.0.0-alpha", "1.0.0-alpha.1") == :lt
      assert Version.compare("1.0.0-1", "1.0.0-a") == :lt
      assert Version.compare("1.0.0+a", "1.0.0+b") == :eq
      assert Version.compare("2.0.0", "1.9.9") == :gt

      assert_raise Version.InvalidVersionError, "invalid version: \"1.0\"", fn ->
        Version.compare("1.0", "1.0.0")
      end

      assert Enum.sort(Enum.map(["1.10.0", "1.2.0", "1.2.0-rc"], &Version.parse!/1), Version)
             |> Enum.map(&to_string/1) == ["1.2.0-rc", "1.2.0", "1.10.0"]
    end
  end

  describe "parse_requirement/1, parse_requirement!/1, match?/2,3, compile_requirement/1" do
    test "cases" do
      assert Version.parse_requirement("~> 2.0") == {:ok, Version.parse_requirement!("~> 2.0")}
      assert Version.parse_requirement(">= 2.0") == :error

      assert Version.parse_requirement("> 1.0.0 and < 2.0.0 or == 3.0.0") ==
               {:ok, Version.parse_requirement!("> 1.0.0 and < 2.0.0 or == 3.0.0")}

      assert Version.parse_requirement("~> 2") == :error
      assert Version.parse_requirement("=1.0.0") == :error
      assert Version.parse_requirement("1.0.0 and ") == :error

      assert_raise Version.InvalidRequirementError, "invalid requirement: \"x\"", fn ->
        Version.parse_requirement!("x")
      end

      assert Version.match?("2.1.0", "~> 2.0")
      refute Version.match?("3.0.0", "~> 2.0")
      refute Version.match?("3.0.0-rc.1", "~> 2.0")
      assert Version.match?("2.1.3", "~> 2.1.2")
      refute Version.match?("2.2.0", "~> 2.1.2")
      assert Version.match?("2.1.0-dev", "~> 2.0")
      refute Version.match?("2.1.0-dev", "~> 2.0", allow_pre: false)
      assert Version.match?("2.0.0-dev", ">= 2.0.0-a", allow_pre: false)
      assert Version.match?("1.5.0", "> 1.0.0 and < 2.0.0")
      assert Version.match?("1.0.0", "1.0.0")
      assert Version.match?("3.0.0", "> 1.0.0 and < 2.0.0 or == 3.0.0")
      assert Version.match?("1.0.0", ">=1.0.0")

      assert_raise Version.InvalidVersionError, "invalid version: \"1.0\"", fn ->
        Version.match?("1.0", "1.0.0")
      end

      assert_raise Version.InvalidRequirementError, "invalid requirement: \">= 1.0\"", fn ->
        Version.match?("1.0.0", ">= 1.0")
      end

      assert Version.match?("2.0.0-rc.1", "~> 2.0.0-rc.0")

      assert Version.match?(
               Version.parse!("1.2.3"),
               Version.compile_requirement(Version.parse_requirement!("<= 1.2.3"))
             )
    end
  end
end
