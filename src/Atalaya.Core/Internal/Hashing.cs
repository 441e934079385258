using System.Security.Cryptography;
using System.Text;

namespace Atalaya.Core.Internal;

internal static class Hashing
{
    /// <summary>
    /// Murmur3's finalizer over a hash and a salt: spreads the low-entropy bits of FNV hashes before
    /// their top bits pick a bucket. Shared by the language and NER features (changing it changes the models).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint hash, uint salt)
    {
        var h = hash ^ (salt * 0x9E3779B9u);
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }

    public static string Sha256Hex(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
