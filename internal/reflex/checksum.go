package reflex

import (
	"crypto/sha256"
	"math"
	"strings"
)

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58CheckValid decodes a Base58Check string (Bitcoin P2PKH/P2SH) and
// verifies its 4-byte double-SHA-256 checksum.
func base58CheckValid(s string) bool {
	var out [40]byte
	n := 0 // bytes used, little-endian big number
	for i := 0; i < len(s); i++ {
		v := strings.IndexByte(base58Alphabet, s[i])
		if v < 0 {
			return false
		}
		carry := v
		for k := 0; k < n; k++ {
			carry += int(out[k]) * 58
			out[k] = byte(carry)
			carry >>= 8
		}
		for carry > 0 {
			if n >= len(out) {
				return false
			}
			out[n] = byte(carry)
			n++
			carry >>= 8
		}
	}
	zeros := 0
	for zeros < len(s) && s[zeros] == '1' {
		zeros++
	}
	total := zeros + n
	if total != 25 {
		return false
	}
	var dec [25]byte
	for k := 0; k < n; k++ {
		dec[total-1-k] = out[k]
	}
	h1 := sha256.Sum256(dec[:21])
	h2 := sha256.Sum256(h1[:])
	return h2[0] == dec[21] && h2[1] == dec[22] && h2[2] == dec[23] && h2[3] == dec[24]
}

const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// bech32Valid verifies a bech32/bech32m address checksum (BIP-173/350).
func bech32Valid(s string) bool {
	s = strings.ToLower(s)
	pos := strings.LastIndexByte(s, '1')
	if pos < 1 || pos+7 > len(s) || len(s) > 90 {
		return false
	}
	hrp := s[:pos]
	chk := uint32(1)
	poly := func(v byte) {
		gen := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
		b := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i := 0; i < 5; i++ {
			if (b>>uint(i))&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	for i := 0; i < len(hrp); i++ {
		poly(hrp[i] >> 5)
	}
	poly(0)
	for i := 0; i < len(hrp); i++ {
		poly(hrp[i] & 31)
	}
	for i := pos + 1; i < len(s); i++ {
		v := strings.IndexByte(bech32Charset, s[i])
		if v < 0 {
			return false
		}
		poly(byte(v))
	}
	return chk == 1 || chk == 0x2bc830a3
}

// shannonEntropy returns the entropy of s in bits per byte.
func shannonEntropy(s string) float64 {
	if len(s) == 0 {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	n := float64(len(s))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}
