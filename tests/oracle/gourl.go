// The real service's own URL handling, as an oracle for the client's path
// escaping and the sandbox's routing path. Reads JSON lines from stdin:
//
//	{"escape": ID}  -> {"escaped": the segment as Go escapes a path}
//	{"route": RAW}  -> {"path": hex of what chi routes on} or {"error": "..."}
//
// chi routes on URL.RawPath when Go set it, else on URL.Path.
package main

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"os"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := json.NewEncoder(os.Stdout)
	for in.Scan() {
		var q struct {
			Escape *string `json:"escape"`
			Route  *string `json:"route"`
		}
		if err := json.Unmarshal(in.Bytes(), &q); err != nil {
			panic(err)
		}
		switch {
		case q.Escape != nil:
			u := url.URL{Path: "/" + *q.Escape}
			out.Encode(map[string]string{"escaped": u.EscapedPath()[1:]})
		case q.Route != nil:
			u, err := url.ParseRequestURI(*q.Route)
			if err != nil {
				out.Encode(map[string]string{"error": err.Error()})
			} else if u.RawPath != "" {
				out.Encode(map[string]string{"path": hex.EncodeToString([]byte(u.RawPath))})
			} else {
				out.Encode(map[string]string{"path": hex.EncodeToString([]byte(u.Path))})
			}
		}
	}
}
