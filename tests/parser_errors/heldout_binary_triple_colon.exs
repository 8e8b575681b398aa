# `:::` inside a binary segment.
bits = <<7:::size(1), 0::size(2)>>
