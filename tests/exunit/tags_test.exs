ExUnit.configure(exclude: [:slow, integration: true], include: [really: true])

defmodule TagsTest do
  use ExUnit.Case

  @moduletag :unit
  @moduletag level: 1

  @tag :slow
  test "excluded because slow" do
    flunk("should not run")
  end

  @tag slow: true, really: true
  test "included again" do
    assert true
  end

  @tag integration: true
  test "excluded integration" do
    flunk("should not run")
  end

  @tag integration: false
  test "not integration" do
    assert true
  end

  @tag :skip
  test "skipped" do
    flunk("should not run")
  end

  @tag skip: "for a reason"
  test "skipped with a reason" do
    flunk("should not run")
  end

  @tag custom: :value
  @tag :flag
  test "tags reach the context", context do
    assert context.custom == :value
    assert context.flag == true
    assert context.unit == true
    assert context.level == 1
  end

  test "tags do not leak to the next test", context do
    refute Map.has_key?(context, :custom)
    refute Map.has_key?(context, :flag)
  end

  describe "with describetag" do
    @describetag area: :math

    test "has it", context do
      assert context.area == :math
    end

    @tag area: :override
    test "tag overrides describetag", context do
      assert context.area == :override
    end
  end

  test "describetag ends with the describe", context do
    refute Map.has_key?(context, :area)
  end

  test "not implemented yet"
end
