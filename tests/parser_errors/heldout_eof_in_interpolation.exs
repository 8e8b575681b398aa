# The file ends right after an opening interpolation: reported at the `#{`, naming the string.
message = "value: #{