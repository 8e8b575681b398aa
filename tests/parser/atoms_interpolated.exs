:"a#{b}"
:"#{x}"
:"prefix_#{name}_suffix"
:"nested #{"inner #{deep}"}"
:'charlist style #{x}'
:"#{a}#{b}"
