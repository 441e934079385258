using System.Security.Cryptography;
using System.Text;

namespace Atalaya.Core.Internal;

internal static class Hashing
{
    public static string Sha256Hex(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
