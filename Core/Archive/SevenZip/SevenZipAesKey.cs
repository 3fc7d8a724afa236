using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>
/// 7-Zip's key derivation for 7zAES: one SHA-256 over 2^NumCyclesPower rounds of
/// <c>salt || password as UTF-16LE || round counter as u64 LE</c>. We use no salt, as 7-Zip does.
/// </summary>
internal static class SevenZipAesKey
{
    public const int NumCyclesPower = 19;
    public const int KeySize = 32;

    private const int CounterSize = 8;

    // Hashing round by round costs one native call per round (60-90 ms); a block of many rounds
    // needs only its counters rewritten and one call, and the whole key then takes a few ms.
    private const int TargetBlockBytes = 64 * 1024;

    /// <summary>Writes the 32-byte AES-256 key; the caller zeroes it after use.</summary>
    /// <remarks>Compiled fully optimised at once: the first referral after start must not run 2^19 rounds in unoptimised code.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Derive(string passphrase, Span<byte> key, int numCyclesPower = NumCyclesPower)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(key.Length, KeySize);
        var passwordLength = Encoding.Unicode.GetByteCount(passphrase);
        var roundSize = passwordLength + CounterSize;
        var rounds = 1 << numCyclesPower;
        var roundsPerBlock = Math.Min(rounds, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, TargetBlockBytes / roundSize)));

        var block = new byte[roundsPerBlock * roundSize];
        try
        {
            Encoding.Unicode.GetBytes(passphrase, block.AsSpan(0, passwordLength));
            for (var i = 1; i < roundsPerBlock; i++)
            {
                block.AsSpan(0, roundSize).CopyTo(block.AsSpan(i * roundSize));
            }

            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            for (var first = 0; first < rounds; first += roundsPerBlock)
            {
                // Rounds stay below 2^31, so the counter's upper four bytes remain zero.
                for (var i = 0; i < roundsPerBlock; i++)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan((i * roundSize) + passwordLength), (uint)(first + i));
                }

                sha.AppendData(block);
            }

            sha.GetHashAndReset(key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(block);
        }
    }
}
