package strictjson

import "strings"

// suggest returns the field an unknown name is most likely a typing mistake
// for: one that differs only in case, or else the nearest within two edits;
// "" when none is that close.
func suggest(fields []Field, name string) string {
	for _, f := range fields {
		if strings.EqualFold(f.Name, name) {
			return f.Name
		}
	}
	// A name much longer than every field is no typing mistake, and the
	// edit distance would cost its length times theirs.
	if len(name) > 64 {
		return ""
	}
	best, bestDist := "", 3
	for _, f := range fields {
		if dist := editDistance(strings.ToLower(f.Name), strings.ToLower(name)); dist < bestDist {
			best, bestDist = f.Name, dist
		}
	}
	return best
}

// editDistance returns the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
